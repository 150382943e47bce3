"""Hazard [items are running hash objects]: `open_streams()` returns one `hashlib.sha256()` per stream already fed a header; the callee feeds each more data, which the caller then finalises. Hash objects cannot be pickled."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def open_streams():
    streams = []
    for i in range(16):
        h = hashlib.sha256()
        h.update(f"stream-{i}|".encode())
        streams.append(h)
    return streams


def feed(h):
    body = _work(h.hexdigest())
    h.update(body.encode())
    return body


def run():
    streams = open_streams()
    bodies = []
    for h in streams:
        bodies.append(feed(h))
    return bodies[:2], [h.hexdigest()[:8] for h in streams][:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
