"""Hazard [list constant extended at import by a factory]: `SEEDS.extend(make_tags())` appends three `Tag` objects; `digest(s)` calls `s.key()` on them, which counts `self.hits`; `run` reports the hits, zero in the caller when digested in workers."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Tag:
    def __init__(self, n):
        self.n = n
        self.hits = 0

    def key(self):
        self.hits += 1
        return f"tag-{self.n}".encode()


def make_tags():
    return [Tag(n) for n in (7, 9, 13)]


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131]
SEEDS.extend(make_tags())


def digest(s):
    if isinstance(s, Tag):
        return _chain(s.key())
    return _chain(s.to_bytes(4, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(digest, SEEDS))
    return out, [t.hits for t in SEEDS if isinstance(t, Tag)]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
