"""Hazard [a walrus in a comprehension binds in the enclosing function]: the body's `[w for w in words if (last_word := w)]` also binds `last_word` in the function, and the caller reports the last word seen after the loop; outlined, `last_word` is bound in the helper and the caller's is never bound (NameError: the name is no longer assigned in the function)."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def paragraphs(n):
    return [(i, f"para {i} talks about topic{i % 4} and ends with word{i}") for i in range(n)]


def _work_item(item, rounds):
    i, text = item
    words = [w for w in text.split() if (last_word := w)]
    return (i, len(words), stretch(" ".join(words), rounds))


def run():
    rounds = 8000
    stats = []
    with ProcessPoolExecutor() as executor:
        stats.extend(executor.map(functools.partial(_work_item, rounds=rounds), paragraphs(16)))
    return stats[0], last_word


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
