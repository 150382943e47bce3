"""Hazard [a set of seen digests the body fills]: uploads whose content digest was already seen are skipped with `continue` and `seen.add` records each new digest; outlined, every call starts from its own empty copy of `seen`, so the duplicates are kept and the caller's `seen` stays empty."""
import hashlib


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def uploads(n):
    return [(f"up{i:02d}.bin", f"payload-{i % 6}".encode() * 40) for i in range(n)]


def main():
    seen = set()
    rounds = 8000
    stored = []
    for name, payload in uploads(16):
        digest = stretch(payload, rounds)
        if digest in seen:
            continue
        seen.add(digest)
        stored.append(name)
    return stored, len(seen)
