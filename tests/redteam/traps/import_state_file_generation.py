"""The run generation is read from state.json at import time and main() bumps it on disk before
processing; spawned workers re-import after the bump and tag results with a generation the caller rejects."""
import hashlib
import json
import os


def _read_generation():
    try:
        with open("state.json") as f:
            return json.load(f)["generation"]
    except FileNotFoundError:
        return 0


GENERATION = _read_generation()


def bump_generation():
    with open("state.json", "w") as f:
        json.dump({"generation": GENERATION + 1}, f)


def process(item):
    h = str(item).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return {"item": item, "generation": GENERATION, "value": h[0]}


def main():
    bump_generation()
    try:
        results = [process(i) for i in range(20)]
    finally:
        os.remove("state.json")
    current = [r for r in results if r["generation"] == GENERATION]
    return len(current)
