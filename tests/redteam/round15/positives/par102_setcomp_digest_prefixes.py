"""Positive PAR102: `{prefix(word) for word in words}` (a set comprehension) over a list of 16 strs, some repeated; the pure callee returns the first 3 hex characters of a 30000-round SHA-256 chain; `run` reports the sorted set."""
import hashlib


def prefix(word):
    h = word.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:3]


def run():
    words = ["red", "green", "blue", "red", "cyan", "magenta", "yellow", "green",
             "black", "white", "grey", "blue", "orange", "purple", "pink", "brown"]
    seen = {prefix(word) for word in words}
    return len(seen), sorted(seen)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
