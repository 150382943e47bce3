"""Hazard [callee marks its item in the list constant]: `mark(w)` replaces `WORDS[WORDS.index(w)]` with `w.upper()` to record it was processed; `run` reports which words are marked, none in the caller when marked in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa"]


def mark(w):
    WORDS[WORDS.index(w)] = w.upper()
    return _chain(w)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(mark, WORDS))
    return out, sum(1 for w in WORDS if w.isupper())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
