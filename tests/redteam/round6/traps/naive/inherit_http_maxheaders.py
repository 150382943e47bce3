"""Hazard [stdlib module constant tuned at run time]: `main` lowers `http.client._MAXHEADERS` to reject header floods; `parse_headers` reads it at call time, and spawned workers keep the default of 100."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import http.client
import io

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def parse_response(raw):
    try:
        status = len(http.client.parse_headers(io.BytesIO(raw)))
    except http.client.HTTPException as e:
        status = type(e).__name__
    return status, _work(raw)


def make_raw(n):
    return b"".join(b"X-H%d: v%d\r\n" % (j, j) for j in range(n)) + b"\r\n"


def main():
    http.client._MAXHEADERS = 12
    raws = [make_raw(4 + i) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        parsed = list(ex.map(parse_response, raws))
    return parsed
