"""Hazard [I/O statements dependent through the file system]: prepare_release_dir() creates dist/VERSION and write_notes() writes a file inside it; concurrently, the write runs before the directory exists."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os
import time


def prepare_release_dir(version):
    time.sleep(0.15)
    os.makedirs(os.path.join("dist", version))


def write_notes(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    with ThreadPoolExecutor() as ex:
        f1 = ex.submit(prepare_release_dir, "1.4.0")
        f2 = ex.submit(write_notes, "dist/1.4.0/NOTES.txt", "fixes")
        f1.result()
        f2.result()
    return sorted(os.listdir("dist/1.4.0"))
