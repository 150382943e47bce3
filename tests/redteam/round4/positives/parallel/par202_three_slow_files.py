"""Positive PAR202: three consecutive independent reads of local files with latency."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
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
    with ThreadPoolExecutor() as ex:
        fa, fb, fc = (ex.submit(load, p) for p in ("a.json", "b.json", "c.json"))
        a, b, c = fa.result(), fb.result(), fc.result()
    return a, b, c
