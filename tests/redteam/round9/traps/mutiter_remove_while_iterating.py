"""Hazard [the body removes from the list being iterated]: empty files are dropped from `batch` with `batch.remove(...)` as they are met, which also makes the for-loop skip the entry after each removed one; outlined, the removals happen on the workers' copies, nothing is skipped and the caller's batch keeps the empty files."""
import hashlib


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def scan(n):
    return [(f"f{i:02d}.dat", b"" if i % 5 == 2 else bytes([i]) * 64) for i in range(n)]


def main():
    batch = scan(16)
    rounds = 8000
    done = []
    for name, data in batch:
        if not data:
            batch.remove((name, data))
            continue
        done.append((name, stretch(data, rounds)))
    return [n for n, _ in done], len(batch)
