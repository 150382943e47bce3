"""Hazard [set iteration order after a copy]: a sieve leaves its primes in a large
hash table (ascending order); the unpickled copy is rebuilt in a smaller table and
iterates in another order, and the caller takes `list(s)[:5]`."""


def sieve(n: int):
    cands = set(range(2, n))
    for p in range(2, int(n ** 0.5) + 1):
        if p in cands:
            for m in range(p * p, n, p):
                cands.discard(m)
    return cands


def main():
    ns = [200_000 + 1000 * i for i in range(20)]
    out = []
    for n in ns:
        out.append(sieve(n))
    return [list(s)[:5] for s in out][:2]
