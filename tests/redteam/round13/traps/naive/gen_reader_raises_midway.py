"""Hazard [generator consumed up front raises]: `records()` yields ints and raises ValueError on a corrupt record after ten; the sequential loop has processed the first ten when the error arrives and `run` keeps them; `executor.map` consumes the whole generator before anything runs, so nothing is kept."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def records():
    for i in range(16):
        if i == 10:
            raise ValueError("corrupt record")
        yield i * 97


def check(n):
    return _chain(n.to_bytes(4, "big"))


def run():
    kept = []
    try:
        with ProcessPoolExecutor() as executor:
            kept = list(executor.map(check, records()))
    except ValueError:
        pass
    return len(kept), sum(kept)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
