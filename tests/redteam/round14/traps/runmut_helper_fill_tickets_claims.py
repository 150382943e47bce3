"""Hazard [constant mutated at run time by a helper]: `run` calls `fill(SEEDS)`, which appends four `Ticket` objects; `issue(s)` calls `s.claim()` on them, which counts `self.claims`; `run` reports the claims, 0 in the caller when issued in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Ticket:
    def __init__(self, n):
        self.n = n
        self.claims = 0

    def claim(self):
        self.claims += 1
        return self.n


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127]


def fill(target):
    for n in range(4):
        target.append(Ticket(n))


def issue(s):
    if isinstance(s, Ticket):
        s = s.claim()
    return _chain(s.to_bytes(4, "big"))


def run():
    fill(SEEDS)
    out = []
    for s in SEEDS:
        out.append(issue(s))
    return out, [t.claims for t in SEEDS if isinstance(t, Ticket)]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
