"""Positive PAR201: GETs against a local threading http.server that answers with latency."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.1)
        body = self.path[::-1].encode()
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
        urls = [f"{base}/item/{i}" for i in range(8)]
        with ThreadPoolExecutor() as ex:
            bodies = list(ex.map(fetch, urls))
        return bodies
    finally:
        srv.shutdown()
