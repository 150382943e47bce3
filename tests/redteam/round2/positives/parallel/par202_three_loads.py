"""Load three independent inputs (config JSON, CSV rows, notes) from a slow disk."""
from concurrent.futures import ThreadPoolExecutor
import csv
import json
import os
import tempfile
import time


def load_json(path: str) -> dict:
    time.sleep(0.03)
    with open(path) as f:
        return json.load(f)


def load_rows(path: str) -> list:
    time.sleep(0.03)
    with open(path, newline="") as f:
        return list(csv.reader(f))


def load_text(path: str) -> str:
    time.sleep(0.03)
    with open(path) as f:
        return f.read()


def setup() -> str:
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "cfg.json"), "w") as f:
        json.dump({"mode": "fast", "n": 3}, f)
    with open(os.path.join(d, "rows.csv"), "w", newline="") as f:
        csv.writer(f).writerows([["a", "1"], ["b", "2"]])
    with open(os.path.join(d, "notes.txt"), "w") as f:
        f.write("remember")
    return d


def main():
    d = setup()
    with ThreadPoolExecutor(max_workers=3) as ex:
        fc = ex.submit(load_json, os.path.join(d, "cfg.json"))
        fr = ex.submit(load_rows, os.path.join(d, "rows.csv"))
        fn = ex.submit(load_text, os.path.join(d, "notes.txt"))
        config, rows, notes = fc.result(), fr.result(), fn.result()
    return config, rows, notes
