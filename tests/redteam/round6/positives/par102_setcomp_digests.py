"""Positive PAR102: set comprehension of digest prefixes."""
import hashlib


def digest(item: str) -> str:
    h = item.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:2]


def main():
    items = [f"asset-{i}" for i in range(16)]
    prefixes = {digest(x) for x in items}
    return sorted(prefixes)
