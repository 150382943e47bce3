"""All requests go over one asyncio stream connection (write a line, read the reply line);
awaited one by one it works, gathered, concurrent readline() calls on one StreamReader raise RuntimeError."""
import asyncio
import socket


async def echo_server(reader, writer):
    try:
        while line := await reader.readline():
            await asyncio.sleep(0.002)
            writer.write(b"ok " + line)
            await writer.drain()
    except ConnectionError:
        pass  # client went away
    writer.close()


async def request(conn, key):
    reader, writer = conn
    writer.write(f"GET {key}\n".encode())
    await writer.drain()
    return (await reader.readline()).decode().strip()


async def run():
    a, b = socket.socketpair()
    server_r, server_w = await asyncio.open_connection(sock=b)
    server = asyncio.create_task(echo_server(server_r, server_w))
    conn = await asyncio.open_connection(sock=a)
    try:
        replies = list(await asyncio.gather(*(request(conn, k) for k in range(20))))
        result = replies[:2]
    except RuntimeError as e:
        result = f"connection error: {e}"
    conn[1].close()
    await server
    return result


def main():
    return asyncio.run(run())
