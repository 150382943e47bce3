"""Hazard [the caller reads the exception's `__context__`]: an unknown currency raises `ConversionError` inside the body's `except KeyError` handler, and the caller reports the implicit context (KeyError, the missing rate); the exception a process pool re-raises was rebuilt from its arguments, and its `__context__` is None."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor

RATES = {"EUR": 108, "GBP": 127, "USD": 100}


class ConversionError(Exception):
    pass


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def payments(n):
    return [(f"pay{i:02d}", "CHF" if i == 12 else ("EUR", "GBP", "USD")[i % 3], 1000 + i) for i in range(n)]


def _work_item(item, rounds):
    ref, currency, cents = item
    try:
        rate = RATES[currency]
    except KeyError:
        raise ConversionError(f"{ref}: no rate for {currency}")
    usd = cents * rate // 100
    return (ref, usd, stretch(f"{ref}:{usd}", rounds))


def main():
    rounds = 8000
    settled = []
    try:
        with ProcessPoolExecutor() as executor:
            settled.extend(executor.map(functools.partial(_work_item, rounds=rounds), payments(16)))
    except ConversionError as e:
        return str(e), type(e.__context__).__name__
    return len(settled)
