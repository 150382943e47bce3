"""Hazard [state kept in a decorator's closure]: @breaker counts failures in a nonlocal of the wrapper and the caller asks whether the breaker opened; under a pool the failures are counted in the workers."""
import functools
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def breaker(limit):
    def deco(fn):
        failures = 0

        @functools.wraps(fn)
        def wrapped(x):
            nonlocal failures
            try:
                return fn(x)
            except ValueError:
                failures += 1
                return None

        wrapped.is_open = lambda: failures >= limit
        return wrapped
    return deco


@breaker(3)
def quote(symbol):
    h = _work(symbol)
    if symbol.startswith("X"):
        raise ValueError(symbol)
    return h


def main():
    symbols = [f"S{i}" for i in range(12)] + ["X1", "X2", "X3", "X4"]
    quotes = [quote(s) for s in symbols]
    return quotes, quote.is_open()
