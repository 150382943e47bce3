"""Hazard [module global computed at run time from the data]: `run` sets `WIDTH` (None at import) to the byte width of the largest item; `encode(n)` calls `n.to_bytes(WIDTH, "big")`, and in a spawned worker `WIDTH` is None (TypeError)."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


WIDTH = None


def encode(n):
    return _chain(n.to_bytes(WIDTH, "big"))


def run():
    global WIDTH
    values = [3 ** (i * 5) for i in range(16)]
    WIDTH = (max(values).bit_length() + 7) // 8
    encoded = []
    for n in values:
        encoded.append(encode(n))
    return WIDTH, sum(encoded)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
