"""Hazard [callback argument]: each call reports completion through on_done=finished.append; in a
process pool the bound append is pickled with a copy of the list and the caller's list stays empty."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def process(path, on_done):
    digest = _work(path)
    on_done(path)
    return digest


def main():
    paths = [f"data/part-{i:03d}.bin" for i in range(16)]
    finished = []
    digests = []
    for p in paths:
        digests.append(process(p, on_done=finished.append))
    return digests, finished
