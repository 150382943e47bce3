"""Hazard [shared keep-alive connection]: every fetch reuses one module-level
HTTPConnection; one request at a time works, concurrent requests on one connection fail."""
from concurrent.futures import ThreadPoolExecutor
import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONN = None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        time.sleep(0.05)
        body = self.path.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def load(path: str) -> str:
    CONN.request("GET", path)
    return CONN.getresponse().read().decode()


def main():
    global CONN
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    CONN = http.client.HTTPConnection("127.0.0.1", srv.server_address[1])
    paths = [f"/doc/{i}" for i in range(5)]
    try:
        with ThreadPoolExecutor() as ex:
            sizes = list(ex.map(load, paths))
        return sizes
    except Exception as e:
        return type(e).__name__
    finally:
        srv.shutdown()
