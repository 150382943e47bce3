"""Positive PAR202: three consecutive independent slow reads of local config files."""
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
    app = load(os.path.join(d, "app.json"))
    db = load(os.path.join(d, "db.json"))
    cache = load(os.path.join(d, "cache.json"))
    return [app, db, cache]
