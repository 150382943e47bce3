"""Positive PAR101: key-stretch the contents of every *.cfg file the script wrote, found with glob."""
import glob
import hashlib


def stretch_file(path):
    with open(path, "rb") as f:
        h = f.read()
    for _ in range(200000):
        h = hashlib.sha256(h).digest()
    return path, h.hex()[:12]


def main():
    for i in range(16):
        with open(f"svc{i:02d}.cfg", "w") as f:
            f.write(f"[svc]\nport = {8000 + i}\n")
    digests = []
    for path in sorted(glob.glob("*.cfg")):
        digests.append(stretch_file(path))
    return digests
