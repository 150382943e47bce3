"""Hazard [loop variable read after the loop through a closure]: a helper closure defined before the loop reports the last item processed; the rewrite no longer binds the loop variable, so the closure fails."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def digest(item):
    return _work(item)


def main():
    items = [f"chunk{i}" for i in range(16)]

    def last_processed():
        return item

    out = []
    for item in items:
        out.append(digest(item))
    return out, last_processed()
