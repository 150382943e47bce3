"""Hazard [a nested function the body calls]: `score(text)` is defined inside `main()` over its `prefix` and `rounds`; outlined, the helper needs `score` as an argument, and a process pool cannot pickle a local function."""
import hashlib


def reviews(n):
    return [(f"rev{i:02d}", f"great product, would buy {i} more" * 3) for i in range(n)]


def run():
    prefix = "v2|"
    rounds = 8000

    def score(text):
        h = (prefix + text).encode()
        for _ in range(rounds):
            h = hashlib.sha256(h).digest()
        return h.hex()[:10]

    scores = []
    for name, text in reviews(16):
        s = score(text.lower())
        scores.append((name, s))
    return scores[0], len(scores)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
