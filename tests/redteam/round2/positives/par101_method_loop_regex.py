"""A report class whose method loops over its rows with a module-level helper that
uses a compiled module-level regex and json."""
import hashlib
import json
import re

WORD = re.compile(r"[a-z]+")


def row_digest(row: str) -> str:
    words = WORD.findall(row.lower())
    h = json.dumps(words).encode()
    for _ in range(25_000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Report:
    def __init__(self, rows: list):
        self.rows = rows

    def digests(self) -> list:
        result = []
        for row in self.rows:
            result.append(row_digest(row))
        return result


def main():
    rep = Report([f"Row {i}: Alpha beta GAMMA {i * 3}" for i in range(36)])
    ds = rep.digests()
    return ds[:2], len(ds)
