"""Hazard [function defaults changed at run time]: main() edits score.__kwdefaults__; functions are
pickled by reference, so spawned workers use the import-time keyword default."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(x: str, *, salt: str = "a") -> str:
    return _work(salt + x)


def main():
    score.__kwdefaults__["salt"] = "b"
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
