"""Hazard [callback argument]: the parser reports bad lines through on_error=bad.add; in a process
pool the set is pickled per call and the caller never sees the bad lines."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def parse(line, on_error):
    key, _, value = line.partition("=")
    if not value:
        on_error(key)
        return None
    return key, _work(value)


def main():
    lines = [f"k{i}=v{i}" if i % 5 else f"k{i}" for i in range(16)]
    bad = set()
    parsed = [parse(line, on_error=bad.add) for line in lines]
    return parsed, sorted(bad)
