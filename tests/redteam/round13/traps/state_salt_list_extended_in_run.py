"""Hazard [module list extended at run time]: `stretch(n)` hashes `n.to_bytes(4, "big")` with the latest salt `SALTS[-1]`; `run` rotates in a new salt with `SALTS.append(...)` before the batch; workers see only the import-time salt."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


SALTS = [b"initial"]


def stretch(n):
    return _chain(SALTS[-1] + n.to_bytes(4, "big"))


def run():
    SALTS.append(b"rotated-2024")
    stretched = []
    for n in list(range(16)):
        stretched.append(stretch(n))
    return stretched


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
