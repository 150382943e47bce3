"""Hazard [client session state in a global opener]: the caller installs a cookie-keeping
opener; the first response sets the session cookie the later requests rely on. Sent
together, no request carries it."""
import threading
import time
import urllib.request
from http.cookiejar import CookieJar
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(0.05)
        has = "sid=42" in (self.headers.get("Cookie") or "")
        body = (b"member " if has else b"guest ") + self.path.encode()
        self.send_response(200)
        if not has:
            self.send_header("Set-Cookie", "sid=42; Path=/")
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
        urls = [f"{base}/page/{i}" for i in range(4)]
        pages = []
        for u in urls:
            pages.append(fetch(u))
        return pages
    finally:
        srv.shutdown()
