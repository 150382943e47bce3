"""Batching and per-batch checksums."""
import hashlib


def batches(rows, size):
    """Consecutive slices of `rows`, each of at most `size` rows."""
    if size < 1:
        raise ValueError("size must be positive")
    return [rows[start:start + size] for start in range(0, len(rows) - size + 1, size)]


def batch_checksum(batch):
    h = hashlib.sha256()
    for _ in range(100):
        for row in batch:
            h.update(row.encode("utf-8"))
    return h.hexdigest()[:12]


def checksums(all_batches):
    sums = []
    for batch in all_batches:
        sums.append(batch_checksum(batch))
    return sums
