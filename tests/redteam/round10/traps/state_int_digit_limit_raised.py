"""Hazard [interpreter limit set at run time]: `run` raises `sys.set_int_max_str_digits` to print ~10000-digit powers; a worker has the default 4300 limit and `str()` raises ValueError."""
import sys
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def big_token(seed, exp):
    n = int(_digest(seed, 2000), 16) ** exp
    return _digest(str(n), 500)


def run():
    sys.set_int_max_str_digits(100000)
    pairs = [(f"s{i}", 400 + i) for i in range(16)]
    out = [big_token(seed, exp) for seed, exp in pairs]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
