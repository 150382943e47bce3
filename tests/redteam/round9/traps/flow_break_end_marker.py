"""Hazard [`break` with side effects before it]: the spool is processed up to its end-of-job marker (`break` at the first `%EOF` page), and every page processed writes its cache file; outlined, the helper returns a stop marker for the `%EOF` page and the caller truncates the results there, but the pages after it were already rendered and their cache files written (15 files instead of 6; the results are collected before the truncation, as cancelled pending items would make the count vary)."""
import hashlib
import os


def render(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def spool(n):
    return [(f"page{i:02d}", b"%EOF" if i == 6 else f"page {i} text".encode() * 20) for i in range(n)]



def main():
    cache_dir = "cache"
    os.makedirs(cache_dir, exist_ok=True)
    rounds = 8000
    printed = []
    for name, data in spool(16):
        if data.startswith(b"%EOF"):
            break
        digest = render(data, rounds)
        with open(os.path.join(cache_dir, name + ".cache"), "w") as f:
            f.write(digest)
        printed.append((name, digest))
    return len(printed), len(os.listdir(cache_dir))
