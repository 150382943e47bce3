"""Positive PAR104: `scores[i] = wordscore(line)` over `enumerate(LINES)` (a tuple of str constants); the pure callee splits the line, strips and encodes each word and hashes it through a 6000-round SHA-256 chain per word."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


LINES = tuple(" ".join(f"w{j}x{i}" for j in range(i % 4 + 5)) + " " for i in range(16))


def wordscore(line):
    score = 0
    for word in line.split():
        h = word.strip().encode()
        for _ in range(6000):
            h = hashlib.sha256(h).digest()
        score += h[0]
    return score


def run():
    with ProcessPoolExecutor() as executor:
        scores = dict(enumerate(executor.map(wordscore, LINES)))
    return sorted(scores.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
