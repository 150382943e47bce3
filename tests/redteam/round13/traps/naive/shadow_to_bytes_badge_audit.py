"""Hazard [`to_bytes` of a project class]: `fingerprint(code)` calls `code.to_bytes(8, "big")`; the codes are a mixed list of ints and `Badge` objects whose `to_bytes` appends the serial to the module list `AUDIT`; `run` reports how many badges were audited, which workers record in their own copies of `AUDIT`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


AUDIT = []


class Badge:
    def __init__(self, serial):
        self.serial = serial

    def to_bytes(self, length, byteorder):
        AUDIT.append(self.serial)
        return self.serial.to_bytes(length, byteorder)


def fingerprint(code):
    return _chain(code.to_bytes(8, "big"))


def run():
    codes = [Badge(i) if i % 3 == 0 else i for i in range(16)]
    with ProcessPoolExecutor() as executor:
        prints = list(executor.map(fingerprint, codes))
    return len(AUDIT), sum(prints)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
