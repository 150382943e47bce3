"""Hazard [set comprehension over a set the callee shrinks]: `{confirm(oid) for oid in PENDING}`; `confirm` removes the order from the module-level `PENDING` set; sequentially the set changes size during iteration (RuntimeError); the naive rewrite lists the set first and workers discard from their own copies."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


PENDING = set()


def confirm(oid):
    PENDING.discard(oid)
    return _stretch(f"receipt-{oid}")


def run():
    PENDING.update(range(5000, 5016))
    receipts = {confirm(oid) for oid in PENDING}
    return len(receipts), len(PENDING)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
