"""Hazard [callee called with ints at one site, project objects at another]: `pack(v)` calls `v.to_bytes(2, "big")`; `run` calls it with an int for the header, then loops over `Register` objects whose `to_bytes` logs the write into the module list `BUS`; `run` reports the bus log, which only workers see."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


BUS = []


class Register:
    def __init__(self, addr, value):
        self.addr, self.value = addr, value

    def to_bytes(self, length, byteorder):
        BUS.append(self.addr)
        return self.value.to_bytes(length, byteorder)


def pack(v):
    return _chain(v.to_bytes(2, "big"))


def run():
    header = pack(0xBEEF)
    registers = [Register(0x40 + i, i * 37) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        frames = list(executor.map(pack, registers))
    return header, BUS, sum(frames)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
