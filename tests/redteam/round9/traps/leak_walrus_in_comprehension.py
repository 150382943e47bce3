"""Hazard [a walrus in a comprehension binds in the enclosing function]: the body's `[w for w in words if (last_word := w)]` also binds `last_word` in the function, and the caller reports the last word seen after the loop; outlined, `last_word` is bound in the helper and the caller's is never bound (NameError: the name is no longer assigned in the function)."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def paragraphs(n):
    return [(i, f"para {i} talks about topic{i % 4} and ends with word{i}") for i in range(n)]


def run():
    rounds = 8000
    stats = []
    for i, text in paragraphs(16):
        words = [w for w in text.split() if (last_word := w)]
        stats.append((i, len(words), stretch(" ".join(words), rounds)))
    return stats[0], last_word


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
