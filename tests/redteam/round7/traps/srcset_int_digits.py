"""Hazard [the iterable's function sets state the work reads]: `load_orders()` lifts the int/str digit limit with `sys.set_int_max_str_digits(0)`; the work prints factorials of 5,700+ digits, which a spawned worker (default limit 4300) refuses with ValueError."""
import hashlib
import math
import sys


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_orders():
    sys.set_int_max_str_digits(0)
    return [2000 + 20 * i for i in range(16)]


def fingerprint(n):
    text = str(math.factorial(n))
    return n, len(text), _work(text[:64])


def run():
    out = []
    for n in load_orders():
        out.append(fingerprint(n))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
