"""Hazard [sentinel object inserted into the constant at import]: `SKIP = object()` and `SEEDS.insert(4, SKIP)`; `stretch(s)` returns None for `s is SKIP`; the pickled copy a worker receives is not its `SKIP`, so it calls `to_bytes` on it (AttributeError)."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SKIP = object()
SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151]
SEEDS.insert(4, SKIP)


def stretch(s):
    if s is SKIP:
        return None
    return _chain(s.to_bytes(4, "big"))


def run():
    out = []
    for s in SEEDS:
        out.append(stretch(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
