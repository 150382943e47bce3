"""Hazard [list constant appended at import]: `SEEDS` is a list literal of ints, but right after it the module does `SEEDS.append(Packet(5))`; `stretch(s)` calls `s.payload()` on non-int items, which counts `self.sent`; `run` reports the packet's send count, 0 in the caller when the packet is stretched in a worker (a pickled copy)."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Packet:
    def __init__(self, n):
        self.n = n
        self.sent = 0

    def payload(self):
        self.sent += 1
        return b"pkt:" + self.n.to_bytes(2, "big")


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151]
SEEDS.append(Packet(5))


def stretch(s):
    if isinstance(s, int):
        return _chain(s.to_bytes(4, "big"))
    return _chain(s.payload())


def run():
    out = []
    for s in SEEDS:
        out.append(stretch(s))
    return out, sum(p.sent for p in SEEDS if isinstance(p, Packet))


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
