"""Positive PAR101: a loop appending a summary of a JSON document parsed per seed (24 seeds)."""
from concurrent.futures import ProcessPoolExecutor
import json


def summarize(seed: int) -> tuple:
    doc = json.dumps([{"id": i, "v": (i * seed) % 97} for i in range(20000)])
    data = json.loads(doc)
    return len(data), sum(d["v"] for d in data)


def main():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(summarize, range(1, 25)))
    return out
