"""Hazard [static variable in a function attribute]: `label.calls` numbers the calls;
each worker process counts on its own."""
import hashlib


def label(word: str) -> str:
    label.calls = getattr(label, "calls", 0) + 1
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return f"{label.calls}:{h.hex()[:8]}"


def main():
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(label(w))
    numbers = [r.split(":")[0] for r in out]
    return len(set(numbers)) == len(numbers), out[0]
