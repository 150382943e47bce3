"""Hazard [str subclass overriding `encode`]: `hash_field(s)` calls `s.encode()`; some fields are `Secret` strings whose `encode` records the access in the module list `REVEALED` (a data-access audit); `run` reports the audit, empty in the caller when hashed in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


REVEALED = []


class Secret(str):
    def encode(self, encoding="utf-8", errors="strict"):
        REVEALED.append(len(self))
        return str.encode(self, encoding, errors)


def hash_field(s):
    return _chain(s.encode())


def run():
    fields = [Secret(f"pin-{i:04}") if i % 4 == 1 else f"name-{i}" for i in range(16)]
    hashed = []
    for s in fields:
        hashed.append(hash_field(s))
    return REVEALED, sum(hashed)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
