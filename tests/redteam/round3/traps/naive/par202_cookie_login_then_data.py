"""Hazard [client session state in a global opener]: the login request's Set-Cookie is
what lets the second request through; issued together, the second request is anonymous."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time
import urllib.request
from http.cookiejar import CookieJar
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.05)
        authed = "session=ok" in (self.headers.get("Cookie") or "")
        body = f"{self.path} as {'user' if authed else 'anonymous'}".encode()
        self.send_response(200)
        if self.path == "/login":
            self.send_header("Set-Cookie", "session=ok; Path=/")
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
    urllib.request.install_opener(urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar())))
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        with ThreadPoolExecutor() as ex:
            fl = ex.submit(fetch, f"{base}/login")
            fd = ex.submit(fetch, f"{base}/data")
            login, data = fl.result(), fd.result()
        return [login, data]
    finally:
        srv.shutdown()
