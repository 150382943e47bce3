"""Hazard [exception part-way: partial results kept]: `pack(n)` calls `n.to_bytes(2, "big")`, which raises OverflowError for the seventh value; `run` catches it and reports the packets done so far; the naive `out = list(executor.map(...))` never assigns, so none are reported."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def pack(n):
    return _chain(n.to_bytes(2, "big"))


def run():
    values = [i * 1000 if i != 6 else 70000 for i in range(16)]
    packets = []
    try:
        for n in values:
            packets.append(pack(n))
    except OverflowError:
        return "partial", len(packets), sum(packets)
    return "complete", len(packets)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
