"""Hazard [interpreter limit raised by the caller]: `run` raises `sys.set_int_max_str_digits(20000)` because `digits(n)` renders ~5000-digit ints with `str(n)` (and `n.bit_length()`); a spawned worker has the default limit of 4300 digits and raises ValueError."""
import hashlib
import sys

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def digits(n):
    text = str(n)
    return n.bit_length(), len(text), _chain(text[-50:])


def run():
    sys.set_int_max_str_digits(20000)
    numbers = [7 ** (6000 + 13 * i) for i in range(16)]
    lengths = []
    for n in numbers:
        lengths.append(digits(n))
    return lengths


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
