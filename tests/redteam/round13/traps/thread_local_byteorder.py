"""Hazard [thread-local setting]: `run` sets `_ctx.order = "little"` on a module `threading.local()`; `digest(n)` calls `n.to_bytes(4, getattr(_ctx, "order", "big"))`; a ThreadPoolExecutor worker thread has no `order` attribute and uses "big"."""
import hashlib
import threading

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


_ctx = threading.local()


def digest(n):
    return _chain(n.to_bytes(4, getattr(_ctx, "order", "big")))


def run():
    _ctx.order = "little"
    digests = []
    for n in range(300, 316):
        digests.append(digest(n))
    return digests


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
