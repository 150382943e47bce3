"""Hazard [`bit_length` of a project class counts calls]: `width(word)` calls `word.bit_length()`; the words are `Word` objects whose `bit_length` increments the class attribute `Word.calls`; `run` reports `Word.calls`, which stays 0 in the caller when widths are computed in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Word:
    calls = 0

    def __init__(self, value):
        self.value = value

    def bit_length(self):
        Word.calls += 1
        return self.value.bit_length()


def width(word):
    bits = word.bit_length()
    return bits, _chain(bits)


def run():
    words = [Word(2 ** i + 1) for i in range(16)]
    widths = []
    for word in words:
        widths.append(width(word))
    return Word.calls, widths


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
