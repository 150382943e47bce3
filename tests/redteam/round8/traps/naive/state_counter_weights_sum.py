"""Hazard [a module Counter filled at run time, read by the work of a sum]: `main()` learns token weights from the corpus into the module `Counter` `WEIGHTS`; `sum(cost(tok, n) for tok, n in counts.items())` weighs each token by it, and in a spawned worker `WEIGHTS` is the empty Counter of the import, where every weight is 0."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections import Counter

WEIGHTS = Counter()
CORPUS = "alpha beta gamma beta delta alpha alpha epsilon zeta eta theta beta iota kappa lambda mu".split()


def learn(corpus):
    WEIGHTS.update(corpus)


def cost(token, n):
    h = token.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return n * WEIGHTS[token] + h[0] % 2


def main():
    learn(CORPUS)
    counts = {tok: 1 + i % 3 for i, tok in enumerate(sorted(set(CORPUS)))}
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(cost, counts.keys(), counts.values()))
    return total, len(counts)
