"""Hazard [client session state in a global opener]: awaited one by one, the first fetch's
Set-Cookie is sent with the later ones; gathered, every fetch is a guest."""

import asyncio
import threading
import time
import urllib.request
from http.cookiejar import CookieJar
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.05)
        has = "sid=7" in (self.headers.get("Cookie") or "")
        body = b"member" if has else b"guest"
        self.send_response(200)
        if not has:
            self.send_header("Set-Cookie", "sid=7; Path=/")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def fetch_sync(url: str) -> str:
    with urllib.request.urlopen(url) as r:
        return r.read().decode()


async def fetch(url: str) -> str:
    return await asyncio.to_thread(fetch_sync, url)


async def crawl(urls):
    pages = list(await asyncio.gather(*(fetch(u) for u in urls)))
    return pages


def main():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar())))
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        return asyncio.run(crawl([f"{base}/p/{i}" for i in range(4)]))
    finally:
        srv.shutdown()
