"""Hazard [copies not equal]: the set comprehension builds `Tag`s hashed on (name, weight), but `Tag.__getstate__` drops the weight (recomputed lazily as 0) so results coming back from a worker collapse into fewer set members."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


class Tag:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight

    def __eq__(self, other):
        return (self.name, self.weight) == (other.name, other.weight)

    def __hash__(self):
        return hash((self.name, self.weight))

    def __getstate__(self):
        return {"name": self.name, "weight": 0}


def make_tag(name, seed):
    return Tag(name, int(_digest(f"{name}{seed}"), 16) % 1000)


def _run_item(item):
    name, seed = item
    return make_tag(name, seed)


def run():
    pairs = [(f"tag{i % 4}", i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        tags = set(executor.map(_run_item, pairs, chunksize=8))
    return len(tags), sorted(t.name for t in tags)[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
