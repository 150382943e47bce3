"""Positive PAR201: GET sixteen paths from a local slow HTTP server started in a thread."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import http.server
import threading
import time
import urllib.request


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.05)
        body = hashlib.sha1(self.path.encode()).hexdigest().encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode()[:10]


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    urls = [f"{base}/item/{i}" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        bodies = list(ex.map(get, urls))
    srv.shutdown()
    srv.server_close()
    return bodies
