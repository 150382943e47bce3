"""Hazard [an exception that does not unpickle]: `QuotaExceeded(tenant, used)` passes only a message to `Exception.__init__`, so its pickled form calls `QuotaExceeded(message)`; the caller catches it and reports the tenant sequentially, a process pool cannot rebuild the worker's exception and breaks (BrokenProcessPool)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

LIMIT = 3000


class QuotaExceeded(Exception):
    def __init__(self, tenant, used):
        super().__init__(f"{tenant} used {used} of {LIMIT}")
        self.tenant = tenant
        self.used = used


def bill(tenant, used):
    h = f"{tenant}:{used}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    if used > LIMIT:
        raise QuotaExceeded(tenant, used)
    return used * 3, h.hex()[:6]


def main():
    usage = {f"tenant{i:02d}": 300 * i + 11 for i in range(16)}
    try:
        with ProcessPoolExecutor() as ex:
            bills = dict(zip(usage, ex.map(bill, usage.keys(), usage.values())))
        return "ok", len(bills)
    except QuotaExceeded as e:
        return "over quota", e.tenant, e.used
    except Exception as e:
        return f"failed: {type(e).__name__}"
