import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from thumbs.fetch import download_sources


class SlowImages(BaseHTTPRequestHandler):
    """Serves every path as its own bytes after 20 ms, like an image host some distance away.
    No network in tests: the server listens on the loopback interface."""

    def do_GET(self):
        time.sleep(0.020)
        body = self.path.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def image_host():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), SlowImages)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download_sources_keeps_url_order(image_host):
    urls = [f"{image_host}/images/{i}.png" for i in range(20)]
    assert download_sources(urls) == [f"/images/{i}.png".encode() for i in range(20)]
