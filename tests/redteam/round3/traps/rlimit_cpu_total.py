"""Hazard [per-process resource limits]: the caller caps the batch at 1 s of CPU with
RLIMIT_CPU; one process doing all the work exceeds it, workers each stay under it."""
import hashlib
import resource


def stretch(name: str) -> str:
    h = name.encode()
    for _ in range(250000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    used = resource.getrusage(resource.RUSAGE_SELF)
    base = int(used.ru_utime + used.ru_stime)
    resource.setrlimit(resource.RLIMIT_CPU, (base + 1, resource.RLIM_INFINITY))
    names = [f"u{i}" for i in range(12)]
    return [stretch(n) for n in names]
