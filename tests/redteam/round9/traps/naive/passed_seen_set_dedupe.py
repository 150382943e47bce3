"""Hazard [a set of seen digests the body fills]: uploads whose content digest was already seen are skipped with `continue` and `seen.add` records each new digest; outlined, every call starts from its own empty copy of `seen`, so the duplicates are kept and the caller's `seen` stays empty."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def uploads(n):
    return [(f"up{i:02d}.bin", f"payload-{i % 6}".encode() * 40) for i in range(n)]


def _work_item(item, seen, rounds):
    name, payload = item
    digest = stretch(payload, rounds)
    if digest in seen:
        return None
    seen.add(digest)
    return name


def main():
    seen = set()
    rounds = 8000
    stored = []
    with ProcessPoolExecutor() as executor:
        stored.extend(r for r in executor.map(functools.partial(_work_item, seen=seen, rounds=rounds), uploads(16)) if r is not None)
    return stored, len(seen)
