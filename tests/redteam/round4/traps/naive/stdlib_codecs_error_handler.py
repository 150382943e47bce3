"""Hazard [stdlib registry]: main() registers a codecs error handler "dash"; the callee encodes with
errors="dash", which spawned workers do not know (LookupError)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import codecs
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def slug(name: str) -> str:
    s = name.encode("ascii", errors="dash").decode()
    return s + "-" + _work(s)


def main():
    codecs.register_error("dash", lambda e: ("-", e.end))
    names = [f"na\u00efve{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(slug, names))
