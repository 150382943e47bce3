"""Hazard [the caller reads the exception's traceback]: a bad signature raises `SignatureError` in `verify()`, and the caller reports the function the error was raised in (`traceback.extract_tb(e.__traceback__)[-1].name`); an exception re-raised from a future carries a traceback that ends in `concurrent.futures`."""
import hashlib
import traceback
import functools
from concurrent.futures import ProcessPoolExecutor


class SignatureError(Exception):
    pass


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def verify(name, expected, actual):
    if expected != actual:
        raise SignatureError(name)
    return True


def releases(n):
    out = []
    for i in range(n):
        name = f"rel{i:02d}"
        out.append((name, stretch(f"{name}!", 8000) if i != 9 else "0" * 10))
    return out


def _work_item(item, rounds):
    name, signature = item
    actual = stretch(f"{name}!", rounds)
    verify(name, signature, actual)
    return name


def main():
    rounds = 8000
    trusted = []
    try:
        with ProcessPoolExecutor() as executor:
            trusted.extend(executor.map(functools.partial(_work_item, rounds=rounds), releases(16)))
    except SignatureError as e:
        return str(e), traceback.extract_tb(e.__traceback__)[-1].name
    return trusted
