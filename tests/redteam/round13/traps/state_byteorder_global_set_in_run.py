"""Hazard [module global read by the callee, rebound at run time]: `digest(n)` calls `n.to_bytes(8, BYTEORDER)`; `run` sets `global BYTEORDER = "little"` (the device's order) before the batch; a spawned worker re-imports the module with `"big"`."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


BYTEORDER = "big"


def digest(n):
    return _chain(n.to_bytes(8, BYTEORDER), rounds=500)


def run():
    global BYTEORDER
    BYTEORDER = "little"
    digests = []
    for n in range(1000, 1016):
        digests.append(digest(n))
    return digests


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
