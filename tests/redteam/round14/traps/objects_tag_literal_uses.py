"""Hazard [list literal of project objects]: `SEEDS = [Tag(11), Tag(23), ...]`; `digest(t)` calls `t.key()`, which counts `self.uses`; `run` reports the uses, 0 in the caller when digested in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Tag:
    def __init__(self, n):
        self.n = n
        self.uses = 0

    def key(self):
        self.uses += 1
        return self.n.to_bytes(4, "big")


SEEDS = [Tag(11), Tag(23), Tag(37), Tag(41), Tag(53), Tag(67), Tag(79), Tag(83),
         Tag(97), Tag(101), Tag(113), Tag(127), Tag(131), Tag(149), Tag(151), Tag(163)]


def digest(t):
    return _chain(t.key())


def run():
    out = []
    for s in SEEDS:
        out.append(digest(s))
    return out, sum(t.uses for t in SEEDS)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
