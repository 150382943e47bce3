"""Hazard [tuple constant of lists mutated by the callee]: `PAIRS = ([1, 2], [3, 4], ...)`; `seal(pair)` appends its checksum to the list it is given; `run` reports the lists' lengths, unchanged in the caller when sealed in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


PAIRS = tuple([2 * i + 1, 2 * i + 2] for i in range(16))


def seal(pair):
    pair.append(_chain(f"{pair[0]}-{pair[1]}"))
    return pair[-1]


def run():
    out = []
    for s in PAIRS:
        out.append(seal(s))
    return out, [len(p) for p in PAIRS]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
