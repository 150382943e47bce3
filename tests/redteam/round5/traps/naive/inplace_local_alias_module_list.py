"""Hazard [in-place operator through a local alias of module state]: `log = AUDIT; log += [entry]` has no global statement and no attribute store, yet extends the module list; under a pool the workers extend theirs."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


AUDIT = []


def approve(request):
    log = AUDIT
    log += [f"approved {request}"]
    return request, _work(request)


def main():
    requests = [f"req{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        approved = list(ex.map(approve, requests))
    return approved, len(AUDIT)
