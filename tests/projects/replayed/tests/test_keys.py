import hashlib

from mirror.keys import derive_all


def reference(seed):
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    for _ in range(10_000):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()


def test_derive_all_keeps_the_order_of_the_seeds():
    seeds = [f"seed-{i}" for i in range(16)]
    assert derive_all(seeds) == [reference(s) for s in seeds]


def test_derive_nothing():
    assert derive_all([]) == []
