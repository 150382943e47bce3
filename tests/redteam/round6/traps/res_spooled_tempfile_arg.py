"""Hazard [spooled temporary file passed as an argument]: calls append their chunks to the caller's `SpooledTemporaryFile`, which (still in memory) pickles; a process pool writes to copies."""
import hashlib
import tempfile

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def spool_chunk(spool, name):
    d = _work(name)
    spool.write(f"{name}:{d}\n".encode())
    return d


def main():
    names = [f"chunk{i}" for i in range(16)]
    with tempfile.SpooledTemporaryFile(max_size=1 << 20) as spool:
        out = []
        for n in names:
            out.append(spool_chunk(spool, n))
        spool.seek(0)
        lines = spool.read().count(b"\n")
    return out[:2], lines
