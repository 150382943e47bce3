"""Positive PAR202: three consecutive independent slow reads of local config files."""
from concurrent.futures import ThreadPoolExecutor
import json
import os
import tempfile
import time


def load(path: str) -> dict:
    time.sleep(0.1)
    with open(path) as f:
        return json.load(f)


def main():
    d = tempfile.mkdtemp()
    for name in ("app", "db", "cache"):
        with open(os.path.join(d, name + ".json"), "w") as f:
            json.dump({"name": name, "size": len(name)}, f)
    with ThreadPoolExecutor() as ex:
        fa = ex.submit(load, os.path.join(d, "app.json"))
        fd = ex.submit(load, os.path.join(d, "db.json"))
        fc = ex.submit(load, os.path.join(d, "cache.json"))
        app, db, cache = fa.result(), fd.result(), fc.result()
    return [app, db, cache]
