"""Hazard [function with the loop called at import]: `TABLES = list(map(build_table,
[20]))` runs at import, so each spawned worker re-imports the module and tries to
start a pool of its own while bootstrapping."""
import hashlib


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def build_table(n: int) -> list:
    words = [f"w{i}" for i in range(n)]
    out = []
    for w in words:
        out.append(digest(w))
    return out


TABLES = list(map(build_table, [20]))


def main():
    return TABLES[0][:2]
