"""Hazard [remote side effects of concurrent GETs, PAR202 shape]: two consecutive
fetches to an API that rejects a second request in flight with 429."""
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_inflight = [0]
_guard = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    """An API that allows one request at a time per client (429 otherwise)."""

    def do_GET(self):
        with _guard:
            _inflight[0] += 1
            busy = _inflight[0] > 1
        time.sleep(0.05)
        with _guard:
            _inflight[0] -= 1
        body = b"busy" if busy else self.path.encode()
        self.send_response(429 if busy else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def start_server() -> tuple:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}"


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url) as r:
        return r.read()


def load_profile(base: str):
    user = fetch(base + "/user")
    prefs = fetch(base + "/prefs")
    return user + b"|" + prefs


def main():
    srv, base = start_server()
    try:
        return load_profile(base).decode()
    except OSError as e:
        return f"failed: {e}"
    finally:
        srv.shutdown()
