"""main() exports a setting with os.putenv (for child tools) without touching os.environ; the
parent's os.environ does not see it, but a spawned worker's os.environ is built from the real environment and does."""
import hashlib
import os


def digest(item):
    algo = os.environ.get("REPORTKIT_HASH", "sha256")
    h = item.encode()
    for _ in range(2000):
        h = hashlib.new(algo, h).digest()
    return algo, h.hex()[:6]


def main():
    os.putenv("REPORTKIT_HASH", "sha512")
    items = [f"item{i}" for i in range(20)]
    digests = {}
    for it in items:
        digests[it] = digest(it)
    os.unsetenv("REPORTKIT_HASH")
    return digests["item0"]
