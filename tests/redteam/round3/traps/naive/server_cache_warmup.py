"""Hazard [remote state: cache warm-up]: the server fills its cache on the first request
for a resource; one request at a time the rest are hits, all at once they are all misses."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CACHE = set()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        hit = self.path in CACHE
        time.sleep(0.05)
        CACHE.add(self.path)
        body = b"hit" if hit else b"miss"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def fetch(url: str) -> str:
    with urllib.request.urlopen(url) as r:
        return r.read().decode()


def main():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        urls = [f"{base}/report/2024"] * 4
        with ThreadPoolExecutor() as ex:
            pages = list(ex.map(fetch, urls))
        return pages
    finally:
        srv.shutdown()
