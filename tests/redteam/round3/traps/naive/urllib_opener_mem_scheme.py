"""Hazard [runtime-installed urllib opener]: the caller installs an opener with a
handler for mem:// URLs; workers use the default opener and reject the scheme."""
from concurrent.futures import ProcessPoolExecutor
import email.message
import hashlib
import io
import urllib.request
import urllib.response

STORE = {f"mem://blob/{i}": bytes([i]) * 64 for i in range(6)}


class MemHandler(urllib.request.BaseHandler):
    def mem_open(self, req):
        data = STORE[req.full_url]
        return urllib.response.addinfourl(io.BytesIO(data), email.message.Message(), req.full_url, 200)


def digest(url: str) -> str:
    with urllib.request.urlopen(url) as r:
        h = r.read()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    urllib.request.install_opener(urllib.request.build_opener(MemHandler()))
    try:
        with ProcessPoolExecutor() as ex:
            return list(ex.map(digest, STORE))
    except Exception as e:
        return f"{type(e).__name__}: {e}"
