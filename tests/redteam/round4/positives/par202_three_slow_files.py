"""Positive PAR202: three consecutive independent reads of local files with latency."""
import json
import time


def load(path: str):
    time.sleep(0.1)
    with open(path) as fh:
        return json.load(fh)


def main():
    for name in ("a", "b", "c"):
        with open(f"{name}.json", "w") as fh:
            json.dump({"name": name, "n": len(name)}, fh)
    a = load("a.json")
    b = load("b.json")
    c = load("c.json")
    return a, b, c
