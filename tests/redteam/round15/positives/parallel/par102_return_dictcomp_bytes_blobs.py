"""Positive PAR102: `return {blob: checksum(blob) for blob in blobs}` in a helper over 16 generated `bytes` blobs, keyed by the blob; the pure callee runs a 30000-round blake2s chain; `run` reports the values in the dict's insertion order."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


def checksum(blob):
    h = blob
    for _ in range(30000):
        h = hashlib.blake2s(h).digest()
    return h.hex()[:16]


def digest_all(blobs):
    with ProcessPoolExecutor() as executor:
        items = list(blobs)
        return dict(zip((blob for blob in items), executor.map(checksum, items)))


def run():
    blobs = [bytes((i * 31 + k * 7) % 256 for k in range(48 + i)) for i in range(16)]
    table = digest_all(blobs)
    return [(len(b), v) for b, v in table.items()]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
