"""Hazard [stdlib class attribute mutated at run time]: main() sets json.JSONEncoder.item_separator to
","; json.dumps in spawned workers still uses ", " and the digests differ."""
import hashlib
import json


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(x: str) -> str:
    doc = json.dumps([x, len(x), x.upper()])
    return doc + " " + _work(doc)


def main():
    json.JSONEncoder.item_separator = ","
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
