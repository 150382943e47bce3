"""Hazard [results alias items]: `normalize` sorts the item's tag list in place and returns it; `run` then appends a marker to the result and reports the records, expecting to see both changes."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def normalize(name, tags):
    tags.sort(key=lambda t: _digest(name + t, 500))
    return tags


def run():
    records = [(f"doc{i}", [f"t{j}" for j in range(4)]) for i in range(16)]
    out = [normalize(name, tags) for name, tags in records]
    out[0].append("checked")
    return records[0][1], records[1][1]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
