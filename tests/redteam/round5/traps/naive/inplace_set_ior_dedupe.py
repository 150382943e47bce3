"""Hazard [in-place operator on a mutable argument]: `known |= {word}` updates the caller's set, so later duplicates are reported as not fresh; with a pool each call gets its own copy and every word is fresh."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def first_seen(word, known):
    fresh = word not in known
    known |= {word}
    return word, fresh, _work(word)


def main():
    words = [f"w{i % 10}" for i in range(16)]
    known = set()
    with ProcessPoolExecutor() as ex:
        flags = list(ex.map(first_seen, words, [known] * len(words)))
    return flags, sorted(known)
