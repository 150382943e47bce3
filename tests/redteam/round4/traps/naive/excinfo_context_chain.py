"""Hazard [implicit exception context]: errors raised in the callee while the caller handles an outage
get __context__ = the outage; in a worker thread __context__ is None and the recorded chain differs."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def fetch_mirror(src):
    d = _work(src)
    try:
        if int(d, 16) % 3 == 0:
            raise LookupError(src)
        return src, d
    except LookupError as e:
        return src, "miss", type(e.__context__).__name__


def main():
    mirrors = [f"mirror{i}.example" for i in range(16)]
    try:
        raise ConnectionError("primary down")
    except ConnectionError:
        with ThreadPoolExecutor() as ex:
            results = list(ex.map(fetch_mirror, mirrors))
    return results
