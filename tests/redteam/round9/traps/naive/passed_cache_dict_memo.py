"""Hazard [a memo dict the body fills]: `cache` memoises the stretched base key of each bucket, so sixteen shards cost five stretches and the caller reuses the warm cache for its follow-up lookup; outlined, each call fills its own pickled copy and the caller's cache stays empty (the follow-up finds nothing)."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def shards(n):
    return [(f"shard{i:02d}", 100 + i * 3) for i in range(n)]


def _work_item(item, cache, rounds):
    name, base = item
    bucket = base % 5
    if bucket not in cache:
        cache[bucket] = stretch(f"bucket{bucket}", rounds)
    key = stretch(f"{cache[bucket]}:{name}", rounds // 4)
    return name, key


def main():
    cache = {}
    rounds = 12000
    keys = []
    with ProcessPoolExecutor() as executor:
        keys.extend(executor.map(functools.partial(_work_item, cache=cache, rounds=rounds), shards(16)))
    return keys[2], sorted(cache), cache.get(3, "cold")
