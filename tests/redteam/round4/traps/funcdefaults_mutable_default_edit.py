"""Hazard [mutable default edited by the caller]: main() edits the dict default of score through
score.__defaults__; spawned workers see the pristine default."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(x: str, opts: dict = {"salt": "a"}) -> str:
    return _work(opts["salt"] + x)


def main():
    score.__defaults__[0]["salt"] = "b"
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
