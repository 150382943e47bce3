"""Hazard [unpicklable result]: `make_matcher` compiles each spec into a nested
function (a closure); a worker cannot send it back."""
import hashlib


def make_matcher(word: str):
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    key = h[0]

    def match(b: int) -> bool:
        return b == key
    return match


def make_matcher_all(words):
    out = []
    for w in words:
        out.append(make_matcher(w))
    return out


def main():
    words = [f"w{i}" for i in range(40)]
    try:
        out = make_matcher_all(words)
    except Exception as e:
        return "failed: " + type(e).__name__
    return sum(m(7) for m in out)
