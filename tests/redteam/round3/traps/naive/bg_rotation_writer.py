"""Hazard [a background writer in the caller]: a rotation thread replaces the feed file
while the reads go on; one at a time the later reads see the new file, all at once they
all see the old one."""
from concurrent.futures import ThreadPoolExecutor
import os
import tempfile
import threading
import time


def rotate(path: str) -> None:
    time.sleep(0.125)
    with open(path + ".new", "w") as f:
        f.write("v2")
    os.replace(path + ".new", path)


def load(path: str) -> str:
    time.sleep(0.05)
    with open(path) as f:
        return f.read()


def main():
    path = os.path.join(tempfile.mkdtemp(), "feed")
    with open(path, "w") as f:
        f.write("v1")
    t = threading.Thread(target=rotate, args=(path,))
    t.start()
    paths = [path] * 5
    with ThreadPoolExecutor() as ex:
        out = list(ex.map(load, paths))
    t.join()
    return out
