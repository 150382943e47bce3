"""Positive PAR202: two consecutive independent GETs against a local slow server."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import http.server
import threading
import time
import urllib.request


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.08)
        body = hashlib.sha256(self.path.encode()).hexdigest().encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _serve():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode()[:12]


def main():
    srv = _serve()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    with ThreadPoolExecutor() as ex:
        fu, fg = ex.submit(get, base + "/users"), ex.submit(get, base + "/groups")
        users, groups = fu.result(), fg.result()
    srv.shutdown()
    return users, groups
