"""Measure blob sizes in a directory-backed object store with per-request latency; PAR201 should fire on the loop in blob_sizes."""
import concurrent.futures
import itertools
import os
import tempfile
import time

REQUEST_LATENCY = 0.03


def load_blob(store, key):
    time.sleep(REQUEST_LATENCY)  # object-store GET round trip
    with open(os.path.join(store, key), "rb") as f:
        return f.read()


def blob_sizes(store, keys):
    with concurrent.futures.ThreadPoolExecutor() as ex:
        sizes = dict(zip(keys, map(len, ex.map(load_blob, itertools.repeat(store), keys))))
    return sizes


def main():
    with tempfile.TemporaryDirectory() as store:
        keys = []
        for i in range(32):
            key = f"blob-{i:02d}.bin"
            with open(os.path.join(store, key), "wb") as f:
                f.write(bytes([i]) * (1024 * (i + 1)))
            keys.append(key)
        sizes = blob_sizes(store, keys)
    print("total bytes:", sum(sizes.values()))
    return sorted(sizes.items())
