"""Positive PAR101: checksums of generated blobs for the (name, size, seed) entries that `file_entries(manifest)` returns from its argument."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def load_manifest():
    return {"version": 3, "files": [(f"file{i}.bin", 20000 + 1000 * i, i) for i in range(16)]}


def file_entries(manifest):
    return manifest["files"]


def checksum(entry):
    name, size, seed = entry
    blob = bytes((seed * 31 + k * 17) % 256 for k in range(size))
    digest = name.encode()
    for _ in range(60):
        digest = hashlib.sha256(digest + blob).digest()
    return name, digest.hex()[:16]


def main():
    manifest = load_manifest()
    with ProcessPoolExecutor() as ex:
        sums = list(ex.map(checksum, file_entries(manifest)))
    return manifest["version"], sums
