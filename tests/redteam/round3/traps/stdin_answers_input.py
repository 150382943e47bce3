"""Hazard [stdin consumed by the callee]: each call reads the next answer with input();
worker processes have no usable stdin (and would not share the caller's position)."""
import hashlib
import io
import sys

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def review(item: str) -> str:
    answer = input()
    return f"{item}:{answer}:{_chain(item + answer).hex()[:6]}"


def main():
    sys.stdin = io.StringIO("yes\nno\nyes\nskip\nno\nyes\n")
    items = [f"doc{i}" for i in range(6)]
    try:
        return [review(i) for i in items]
    except EOFError as e:
        return f"EOF: {e}"
    finally:
        sys.stdin = sys.__stdin__
