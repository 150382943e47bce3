"""Positive PAR101: a loop appending a summary of a large JSON document parsed per seed."""
from concurrent.futures import ProcessPoolExecutor
import json


def summarize(seed: int) -> tuple:
    doc = json.dumps([{"id": i, "v": (i * seed) % 97, "tags": ["a", "b"][: i % 3]} for i in range(60000)])
    data = json.loads(doc)
    return len(data), sum(d["v"] for d in data), sum(len(d["tags"]) for d in data)


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(summarize, range(1, 7)))
    return out
