"""Hazard [caller reads the exception's `__cause__`]: `{name: parse(name, blob) for name, blob in blobs}`; `parse` raises `ParseError(...) from` the ValueError of `int(blob, 16)`; `run` reports the cause's type; sequentially it is ValueError; in the naive rewrite the re-raised exception's cause is concurrent.futures' `_RemoteTraceback`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class ParseError(Exception):
    pass


def parse(name, blob):
    try:
        value = int(blob, 16)
    except ValueError as e:
        raise ParseError(f"{name}: bad hex") from e
    return value, _stretch(f"{name}:{value}")


def _helper(item):
    name, blob = item
    return parse(name, blob)


def run():
    blobs = [(f"reg{i:02d}", format(0x1F00 + 37 * i, "x")) for i in range(16)]
    blobs[8] = ("reg08", "zz9")
    try:
        with ProcessPoolExecutor() as executor:
            items = list(blobs)
            out = dict(zip((name for name, blob in items), executor.map(_helper, items)))
    except ParseError as e:
        return str(e), type(e.__cause__).__name__
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
