"""Hazard [resource limits]: the process lowered RLIMIT_NOFILE to a few spare
descriptors; one file open at a time fits, eight threads holding files do not."""
import os
import resource
import tempfile
import time


def make_files(n: int) -> list:
    d = tempfile.mkdtemp()
    paths = [os.path.join(d, f"f{i:02}") for i in range(n)]
    for i, p in enumerate(paths):
        with open(p, "w") as f:
            f.write(str(i % 10))
    return paths


def read_slow(path: str) -> str:
    with open(path) as f:
        time.sleep(0.03)
        return f.read()


def load(paths):
    texts = []
    for path in paths:
        texts.append(read_slow(path))
    return texts


def main():
    names = make_files(24)
    used = len(os.listdir("/proc/self/fd"))
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (used + 3, hard))
    try:
        return "".join(load(names))
    except OSError as e:
        return "failed: " + e.strerror
