"""Generate deterministic test blobs and record their CRC32/SHA-256 checksums; PAR101 should fire on the loop in checksum_all."""
import hashlib
import random
import zlib

BLOB_SIZE = 80 * 1024


def make_blob(seed, size):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def checksum(seed, size):
    blob = make_blob(seed, size)
    return seed, zlib.crc32(blob), hashlib.sha256(blob).hexdigest()[:16]


def checksum_all(seeds):
    results = []
    for seed in seeds:
        results.append(checksum(seed, BLOB_SIZE))
    return results


def main():
    seeds = list(range(1000, 1040))
    rows = checksum_all(seeds)
    print(f"{len(rows)} blobs checksummed")
    return rows
