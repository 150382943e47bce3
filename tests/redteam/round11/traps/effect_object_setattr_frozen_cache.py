"""Hazard [`object.__setattr__` on a frozen dataclass]: `fingerprint` caches its result on the frozen `Blob` with `object.__setattr__(blob, "_fp", ...)`, and `run`'s second pass reuses the cache (counting recomputations); workers fill their copies' caches."""
import hashlib
from dataclasses import dataclass

RECOMPUTED = []


@dataclass(frozen=True)
class Blob:
    name: str
    data: bytes


def _fp(data, rounds=1500):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def fingerprint(blob: Blob) -> str:
    cached = blob.__dict__.get("_fp")
    if cached is None:
        cached = _fp(blob.data)
        object.__setattr__(blob, "_fp", cached)
    return cached


def cached_or_recompute(blob):
    if "_fp" not in blob.__dict__:
        RECOMPUTED.append(blob.name)
    return fingerprint(blob)


def run():
    blobs = [Blob(f"b{i}", bytes([i]) * 64) for i in range(16)]
    fps = []
    for b in blobs:
        fps.append(fingerprint(b))
    again = [cached_or_recompute(b) for b in blobs]
    return again == fps, len(RECOMPUTED)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
