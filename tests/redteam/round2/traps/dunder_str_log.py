"""Hazard [implicit dunder call with a side effect]: `str(tag)` runs `Tag.__str__`,
which records every rendered tag in a module list."""
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
    out = []
    for t in tags:
        out.append(digest(t))
    return len(RENDERED), out[:1]
