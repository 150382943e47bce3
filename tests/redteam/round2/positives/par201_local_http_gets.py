"""Fetch pages from a slow local HTTP server (30 ms per answer) with urllib."""
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Slow(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.03)
        body = self.path.upper().encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read()


def main():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    urls = [f"{base}/page/{i}" for i in range(24)]
    pages = []
    for u in urls:
        pages.append(fetch(u))
    srv.shutdown()
    return [p.decode() for p in pages[:3]]
