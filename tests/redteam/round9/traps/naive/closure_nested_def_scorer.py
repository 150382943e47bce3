"""Hazard [a nested function the body calls]: `score(text)` is defined inside `main()` over its `prefix` and `rounds`; outlined, the helper needs `score` as an argument, and a process pool cannot pickle a local function."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def reviews(n):
    return [(f"rev{i:02d}", f"great product, would buy {i} more" * 3) for i in range(n)]


def _work_item(item, score):
    name, text = item
    s = score(text.lower())
    return (name, s)


def run():
    prefix = "v2|"
    rounds = 8000

    def score(text):
        h = (prefix + text).encode()
        for _ in range(rounds):
            h = hashlib.sha256(h).digest()
        return h.hex()[:10]

    scores = []
    with ProcessPoolExecutor() as executor:
        scores.extend(executor.map(functools.partial(_work_item, score=score), reviews(16)))
    return scores[0], len(scores)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
