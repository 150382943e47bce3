"""Hash items inside a try block that reports how many were done on failure."""
import hashlib


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(25_000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    words = [f"w{i}" for i in range(36)]
    out = []
    try:
        for w in words:
            out.append(digest(w))
    except ValueError:
        return "failed after", len(out)
    return out[:2], len(out)
