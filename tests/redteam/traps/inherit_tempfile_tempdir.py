"""main() points tempfile.tempdir at a fast scratch workspace; spawned workers re-import tempfile
with the default location, so their spill files land outside the workspace the caller cleans up."""
import hashlib
import os
import tempfile


def spill(n):
    h = str(n).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    fd, path = tempfile.mkstemp(suffix=".spill")
    with os.fdopen(fd, "wb") as f:
        f.write(h)
    return path


def main():
    with tempfile.TemporaryDirectory() as workspace:
        tempfile.tempdir = workspace
        try:
            paths = [spill(n) for n in range(20)]
        finally:
            tempfile.tempdir = None
        inside = sum(os.path.dirname(p) == workspace for p in paths)
        for p in paths:
            if os.path.exists(p):
                os.remove(p)
    return inside
