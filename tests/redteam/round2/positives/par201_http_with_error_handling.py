"""Fetch status pages from a slow local server; HTTP errors become values
(`import urllib.error` to catch `HTTPError`, as people write it)."""
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Slow(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.03)
        code = 404 if self.path.endswith("7") else 200
        body = self.path.encode()
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def fetch_status(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        return f"error {e.code}"


def main():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    urls = [f"{base}/status/{i}" for i in range(24)]
    statuses = []
    for u in urls:
        statuses.append(fetch_status(u))
    srv.shutdown()
    return statuses[:2], statuses[7]
