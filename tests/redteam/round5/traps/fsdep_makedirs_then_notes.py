"""Hazard [I/O statements dependent through the file system]: prepare_release_dir() creates dist/VERSION and write_notes() writes a file inside it; concurrently, the write runs before the directory exists."""
import os
import time


def prepare_release_dir(version):
    time.sleep(0.15)
    os.makedirs(os.path.join("dist", version))


def write_notes(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    prepare_release_dir("1.4.0")
    write_notes("dist/1.4.0/NOTES.txt", "fixes")
    return sorted(os.listdir("dist/1.4.0"))
