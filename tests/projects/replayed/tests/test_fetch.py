import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from mirror.fetch import fetch_all


class SlowPages(BaseHTTPRequestHandler):
    """Answers every path with its own name, after 20 ms (a server some distance away)."""

    def do_GET(self):
        time.sleep(0.020)
        body = f"page {self.path}".encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), SlowPages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_all_in_order(server):
    urls = [f"{server}/doc/{i}" for i in range(12)]
    assert fetch_all(urls) == [f"page /doc/{i}" for i in range(12)]


def test_fetch_nothing():
    assert fetch_all([]) == []
