"""Tag each word with its position and a digest: enumerate, results as new tuples."""
import hashlib


def tag(index: int, word: str) -> tuple:
    h = f"{index}:{word}".encode()
    for _ in range(25_000):
        h = hashlib.sha256(h).digest()
    return (index, word.upper(), h.hex()[:12])


def main():
    words = [f"token{i}" for i in range(36)]
    tagged = []
    for i, w in enumerate(words):
        tagged.append(tag(i, w))
    return tagged[:2], len(tagged)
