"""The module logs a warning at import when its optional accelerator is missing; each spawned
worker re-imports the module and logs the warning to stderr again."""
import hashlib
import logging

try:
    import _reportkit_speedups  # noqa: F401  (optional C accelerator)
except ImportError:
    logging.getLogger(__name__).warning("C speedups unavailable, using pure Python")


def checksum(n):
    h = str(n).encode()
    for _ in range(15000):
        h = hashlib.sha256(h).digest()
    return h[0]


def main():
    best = 0
    for n in range(20):
        best = max(best, checksum(n))
    return best
