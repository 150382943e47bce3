"""Hazard [memo dict read by a second pass]: `digest(n)` memoises in the module dict `_MEMO` keyed by `n.to_bytes(4, "big")` and counts computations in `COMPUTED`; `run` then re-digests only items missing from the memo; filled in workers, the caller's memo is empty and everything is computed twice."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


_MEMO = {}
COMPUTED = [0]


def digest(n):
    key = n.to_bytes(4, "big")
    if key not in _MEMO:
        COMPUTED[0] += 1
        _MEMO[key] = _chain(key)
    return _MEMO[key]


def run():
    items = list(range(16))
    first = []
    for n in items:
        first.append(digest(n))
    again = [digest(n) for n in items if n.to_bytes(4, "big") not in _MEMO]
    return COMPUTED[0], len(again), sum(first)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
