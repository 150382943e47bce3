"""Hazard [static variable in a mutable default]: `_state={"n": 0}` numbers the calls;
each worker process has its own counter."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def label(word: str, _state={"n": 0}) -> str:
    _state["n"] += 1
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return f"{_state['n']}:{h.hex()[:8]}"


def main():
    words = [f"w{i}" for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(label, words))
    numbers = [r.split(":")[0] for r in out]
    return len(set(numbers)) == len(numbers), out[0]
