"""Hazard [the loop target read after the loop]: after `for i, (a, b) in enumerate(pairs)` the caller reports `i + 1` pairs compared; outlined, the target is unpacked in the helper and the caller's `i` is never bound (NameError: the name is no longer assigned in the function)."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def pairs(n):
    return [(f"left{i}", f"right{i * 2}") for i in range(n)]


def _work_item(item, rounds):
    i, (a, b) = item
    da = stretch(a, rounds)
    db = stretch(b, rounds)
    return (i, da[:4] == db[:4], da[:6] + db[:6])


def run():
    rounds = 4000
    compared = []
    with ProcessPoolExecutor() as executor:
        compared.extend(executor.map(functools.partial(_work_item, rounds=rounds), enumerate(pairs(16))))
    return f"{i + 1} pairs compared", compared[3][2]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
