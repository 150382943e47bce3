"""The first call registers an atexit hook that flushes the digest cache at interpreter exit;
in a process pool every worker registers (and runs) its own hook, while the caller's process never registers one."""
import atexit
import hashlib

_STATS = {"calls": 0}
_registered = False


def _report():
    print("hasher: digest cache flushed")


def digest(item):
    global _registered
    if not _registered:
        atexit.register(_report)
        _registered = True
    _STATS["calls"] += 1
    h = str(item).encode()
    for _ in range(15000):
        h = hashlib.sha256(h).digest()
    return h[0]


def main():
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        total = sum(ex.map(digest, range(20)))
    return total
