"""Positive: the set of short digest prefixes of (host, port) pairs (strings out, so set order is not observed: the result is sorted)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def fingerprint(host, port):
    h = f"{host}:{port}".encode()
    for _ in range(5000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:3]


def _run_item(item):
    host, port = item
    return fingerprint(host, port)


def run():
    endpoints = [(f"host{i % 6}.example", 8000 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        prefixes = set(executor.map(_run_item, endpoints, chunksize=8))
    return sorted(prefixes)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
