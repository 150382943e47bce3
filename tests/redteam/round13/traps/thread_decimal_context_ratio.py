"""Hazard [decimal context is per thread]: `run` sets `decimal.getcontext().prec = 6`; `exact(x)` divides the two parts of `x.as_integer_ratio()` as Decimals; a ThreadPoolExecutor worker thread computes with the default 28 digits."""
import decimal
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def exact(x):
    num, den = x.as_integer_ratio()
    return str(decimal.Decimal(num) / decimal.Decimal(den) / 7)


def run():
    decimal.getcontext().prec = 6
    values = [i / 3 for i in range(1, 17)]
    quotients = []
    for x in values:
        quotients.append(exact(x))
    return quotients


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
