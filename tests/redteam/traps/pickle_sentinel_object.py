"""lookup_score() returns the module sentinel MISSING (an `object()`) for unknown keys and the
caller filters with `is not MISSING`; after a pickle round trip the sentinel is a new object."""
import hashlib

MISSING = object()


def lookup_score(key):
    digest = key.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    if digest[0] < 64:
        return MISSING
    return digest[1]


def main():
    keys = [f"sku-{i}" for i in range(24)]
    scores = [lookup_score(k) for k in keys]
    found = [s for s in scores if s is not MISSING]
    return len(found), sum(s for s in found if isinstance(s, int))
