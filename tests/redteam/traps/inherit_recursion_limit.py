"""main() raises the recursion limit for deeply nested expressions; a spawned worker has the
default limit of 1000, so the recursive-descent evaluator raises RecursionError there."""
import hashlib
import sys


def _parse(text, i):
    if text[i] == "(":
        value, i = _parse(text, i + 1)
        return (value * 31 + 7) % 1_000_003, i + 1
    j = i
    while j < len(text) and text[j].isdigit():
        j += 1
    return int(text[i:j]), j


def evaluate(text):
    value, _ = _parse(text, 0)
    digest = str(value).encode()
    for _ in range(1500):
        digest = hashlib.sha256(digest).digest()
    return digest[0]


def main():
    sys.setrecursionlimit(6000)
    docs = ["(" * (1200 + k) + str(k) + ")" * (1200 + k) for k in range(20)]
    total = 0
    for doc in docs:
        total += evaluate(doc)
    return total
