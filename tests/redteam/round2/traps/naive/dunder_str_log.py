"""Hazard [implicit dunder call with a side effect]: `str(tag)` runs `Tag.__str__`,
which records every rendered tag in a module list."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

RENDERED = []


class Tag:
    def __init__(self, name: str):
        self.name = name

    def __str__(self) -> str:
        RENDERED.append(self.name)
        return self.name


def digest(tag) -> str:
    h = str(tag).encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    tags = [Tag(f"t{i}") for i in range(40)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, tags))
    return len(RENDERED), out[:1]
