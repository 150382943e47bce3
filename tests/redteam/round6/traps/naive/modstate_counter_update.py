"""Hazard [module `Counter` grown with `update`]: `tokenize` feeds each line's words into the module vocabulary; a process pool counts in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import collections
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

VOCAB = collections.Counter()


def tokenize(line):
    words = line.split()
    VOCAB.update(words)
    return len(words), _work(line)


def main():
    lines = [f"the quick fox {i} jumps over the dog" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(tokenize, lines))
    return out[:2], VOCAB.most_common(2)
