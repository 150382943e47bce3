"""Hazard [cache shared through the file system]: render() stores each result under cache/KEY and reports hit or miss; in threads a duplicate key is rendered while its twin is still running, and both miss."""
import hashlib
import os
import time


def render(key):
    path = os.path.join("cache", key)
    if os.path.exists(path):
        with open(path) as f:
            return key, "hit", f.read()
    time.sleep(0.03)
    out = hashlib.sha256(key.encode()).hexdigest()[:8]
    with open(path, "w") as f:
        f.write(out)
    return key, "miss", out


def main():
    os.makedirs("cache")
    keys = [f"tile{i // 2}" for i in range(16)]
    tiles = []
    for k in keys:
        tiles.append(render(k))
    hits = sum(1 for _, how, _ in tiles if how == "hit")
    return hits == len(set(keys))
