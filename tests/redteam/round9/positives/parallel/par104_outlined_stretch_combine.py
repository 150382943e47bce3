"""Positive PAR104: multi-statement body over (str, int) pairs: `t = stretch(name, k)`, then `d = combine(t, weight)`, ending in `out.append(d)`; reads the int local `k`."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def combine(digest, weight):
    return hashlib.blake2b(digest + weight.to_bytes(4, "big"), digest_size=8).hexdigest()


def _work_item(item, k):
    name, weight = item
    t = stretch(name, k)
    return combine(t, weight)


def main():
    items = [(f"artefact-{i:02d}", 17 * i + 3) for i in range(16)]
    k = 12000
    out = []
    with ProcessPoolExecutor() as executor:
        out.extend(executor.map(functools.partial(_work_item, k=k), items))
    return out
