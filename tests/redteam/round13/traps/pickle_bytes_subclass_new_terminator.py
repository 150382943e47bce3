"""Hazard [bytes subclass with a non-idempotent `__new__`]: `Packet(payload)` appends a NUL terminator; `wire(p)` returns `p.hex()`; unpickling a bytes subclass calls `Packet.__new__` again with the stored (terminated) bytes, so the worker's packets carry two terminators."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Packet(bytes):
    def __new__(cls, payload):
        return super().__new__(cls, payload + b"\x00")


def wire(p):
    return p.hex(), _chain(bytes(p))


def run():
    packets = [Packet(f"msg{i}".encode()) for i in range(16)]
    wired = []
    for p in packets:
        wired.append(wire(p))
    return [h for h, _ in wired]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
