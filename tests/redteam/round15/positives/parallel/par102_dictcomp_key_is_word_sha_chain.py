"""Positive PAR102: `{word: stretch(word) for word in words}` over a tuple of 16 strs, keyed by the item itself; the pure callee hashes `word` through a 35000-round SHA-256 chain."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def stretch(word):
    h = word.encode()
    for _ in range(35000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def run():
    words = ("north", "south", "east", "west", "up", "down", "left", "right",
             "fore", "aft", "port", "starboard", "zenith", "nadir", "inner", "outer")
    with ProcessPoolExecutor() as executor:
        items = list(words)
        out = dict(zip((word for word in items), executor.map(stretch, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
