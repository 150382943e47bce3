"""Hazard [side effect in a module object's dunder]: `if POOL:` calls ConnectionPool.__bool__, which counts health checks on the module-level pool; workers check their own pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class ConnectionPool:
    def __init__(self):
        self.checks = 0

    def __bool__(self):
        self.checks += 1
        return True


POOL = ConnectionPool()


def sync_account(acct):
    if not POOL:
        return acct, None
    return acct, _work(acct)


def main():
    accounts = [f"acct-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        synced = list(ex.map(sync_account, accounts))
    return synced, POOL.checks
