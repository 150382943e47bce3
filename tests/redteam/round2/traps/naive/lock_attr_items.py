"""Hazard [unpicklable attribute of a project object]: each account owns a
`threading.Lock`; pickling the items for the workers fails."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import threading


class Account:
    def __init__(self, name: str):
        self.name = name
        self._lock = threading.Lock()


def digest(acct: Account) -> str:
    h = acct.name.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def digest_all(accts):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, accts))
    return out


def main():
    accts = [Account(f"a{i}") for i in range(40)]
    try:
        out = digest_all(accts)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
