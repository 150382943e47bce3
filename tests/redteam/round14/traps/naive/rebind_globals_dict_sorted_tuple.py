"""Hazard [constant rebound through `globals()`]: `run` does `globals()["WORDS"] = tuple(sorted(WORDS, key=len))`; `slot(w)` uses `WORDS.index(w)`; workers index the literal's order."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa")


def slot(w):
    i = WORDS.index(w)
    return i, _chain(f"{i}:{w}")


def run():
    globals()["WORDS"] = tuple(sorted(WORDS, key=len))
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(slot, WORDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
