"""Hazard [result cannot be pickled]: `chunks(n)` returns `(n.bit_length(), generator over n.to_bytes(8, "big"))` and `run` consumes the generators after the loop; a generator cannot be sent back from a worker (TypeError)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def chunks(n):
    _chain(n)
    return n.bit_length(), (b for b in n.to_bytes(8, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        results = list(executor.map(chunks, [i * 1000003 for i in range(16)]))
    return [(bits, sum(gen)) for bits, gen in results]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
