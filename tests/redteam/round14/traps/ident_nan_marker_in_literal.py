"""Hazard [float NaN marker inside the literal compared with `is`]: `MISSING = float("nan")` appears in the `READINGS` list literal; `encode(x)` returns "missing" for `x is MISSING`; an unpickled NaN is a different object, so workers hash it."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


MISSING = float("nan")
READINGS = [1.5, 2.25, MISSING, 3.125, 4.0, MISSING, 5.5, 6.75, 7.0, MISSING, 8.25, 9.5,
            10.0, 11.125, MISSING, 12.5]


def encode(x):
    if x is MISSING:
        return "missing"
    return _chain(x.hex())


def run():
    out = []
    for s in READINGS:
        out.append(encode(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
