"""Hazard [two keys hold the same value object]: `east` and `west` share one queue list; `checkpoint(queue)` appends a marker and hashes the queue, so sequentially `west` sees the marker `east` appended (and the caller's list holds both); in workers each key's list is a separate copy and the caller's list is untouched."""
import hashlib


def load_queues():
    shared = ["boot", "sync"]
    queues = {"east": shared, "west": shared}
    for i in range(14):
        queues[f"zone{i:02d}"] = ["boot"] + [f"job{k}" for k in range(i % 4)]
    return queues


def checkpoint(queue):
    queue.append(f"ckpt@{len(queue)}")
    h = "|".join(queue).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return len(queue), h.hex()[:8]


def main():
    queues = load_queues()
    marks = {region: checkpoint(q) for region, q in queues.items()}
    return marks["east"][0], marks["west"][0], queues["west"]
