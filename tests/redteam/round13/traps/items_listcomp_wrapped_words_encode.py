"""Hazard [comprehension variable holding project objects]: `[seal(w) for w in [Word(x) for x in NAMES]]`; `Word.encode` appends the word to the module list `ENCODED` (a usage log); `run` reports the log, empty in the caller when sealed in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


NAMES = ("ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ike", "jo", "kim", "lu", "max", "ned", "oz", "pam")
ENCODED = []


class Word:
    def __init__(self, text):
        self.text = text

    def encode(self, encoding="utf-8"):
        ENCODED.append(self.text)
        return self.text.encode(encoding)


def seal(w):
    return _chain(w.encode())


def run():
    words = [Word(x) for x in NAMES]
    seals = [seal(w) for w in words]
    return len(ENCODED), sum(seals)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
