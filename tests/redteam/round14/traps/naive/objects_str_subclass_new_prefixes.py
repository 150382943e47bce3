"""Hazard [tuple literal of str-subclass instances with a non-idempotent `__new__`]: `Word("alpha")` is `"w:alpha"`; unpickling a str subclass calls `Word.__new__` again with the stored text, so workers digest `"w:w:alpha"`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Word(str):
    def __new__(cls, text):
        return super().__new__(cls, "w:" + text)


WORDS = (Word("alpha"), Word("bravo"), Word("charlie"), Word("delta"), Word("echo"), Word("foxtrot"),
         Word("golf"), Word("hotel"), Word("india"), Word("juliet"), Word("kilo"), Word("lima"),
         Word("mike"), Word("november"), Word("oscar"), Word("papa"))


def digest(w):
    return str(w), _chain(w.encode())


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(digest, WORDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
