"""Hazard [blocking call as synchronisation]: a blocking urlopen inside a coroutine talks to an asyncio
server in the same loop and times out; via asyncio.to_thread the server can answer."""
import asyncio
import urllib.request


async def handle(reader, writer):
    await reader.readuntil(b"\r\n\r\n")
    writer.write(b"HTTP/1.0 200 OK\r\nContent-Length: 4\r\n\r\npong")
    await writer.drain()
    writer.close()


def ping(url):
    try:
        with urllib.request.urlopen(url, timeout=0.5) as resp:
            return resp.read().decode()
    except OSError as e:
        return type(e).__name__


async def health_check(url):
    return ping(url)


async def amain():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        return await health_check(f"http://127.0.0.1:{port}/")


def main():
    return asyncio.run(amain())
