"""Hazard [pickling by reference]: `Point = namedtuple("Pt", ...)` is bound under
another name than its class name, so pickle cannot find `Pt` in the module."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from collections import namedtuple

Point = namedtuple("Pt", "x y")


def digest(p) -> str:
    h = repr(tuple(p)).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def digest_all(pts):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, pts))
    return out


def main():
    pts = [Point(i, -i) for i in range(40)]
    try:
        out = digest_all(pts)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
