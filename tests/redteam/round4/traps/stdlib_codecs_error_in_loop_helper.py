"""Hazard [stdlib registry]: a setup() helper registers the "squash" codecs error handler; encoding
with errors="squash" fails with LookupError in spawned workers."""
import codecs
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def _squash(err):
    return ("", err.end)


def setup():
    codecs.register_error("squash", _squash)


def score(x: str) -> str:
    b = (x + "\u2603").encode("latin-1", errors="squash")
    return _work(b.decode())


def main():
    setup()
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
