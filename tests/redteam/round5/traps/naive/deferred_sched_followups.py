"""Hazard [deferred work registered by the callee]: each check schedules a follow-up on a module-level sched.scheduler that the caller runs after the loop; the pool schedules in the workers, so nothing follows up."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sched
import time

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


SCHED = sched.scheduler(time.monotonic, time.sleep)
FOLLOWUPS = []


def check(host):
    status = _work(host)
    if int(status, 16) % 2:
        SCHED.enter(0, 1, FOLLOWUPS.append, (host,))
    return host, status


def main():
    hosts = [f"db{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        results = list(ex.map(check, hosts))
    SCHED.run()
    return results, sorted(FOLLOWUPS)
