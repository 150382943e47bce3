"""Hazard [object appended through an alias at import]: `ACTIVE = SEEDS; ACTIVE.append(Cursor("tail"))`; `read(s)` calls `s.advance()` on the cursor, moving `self.pos`; `run` reports the cursor position, 0 in the caller when read in a worker."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Cursor:
    def __init__(self, name):
        self.name = name
        self.pos = 0

    def advance(self):
        self.pos += 64
        return f"{self.name}@{self.pos}".encode()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151]
ACTIVE = SEEDS
ACTIVE.append(Cursor("tail"))


def read(s):
    if isinstance(s, Cursor):
        return _chain(s.advance())
    return _chain(s.to_bytes(4, "big"))


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(read, SEEDS))
    return out, SEEDS[-1].pos


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
