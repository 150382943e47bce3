"""Hazard [property setter that mutates the item]: `acct.balance = ...` in the callee runs the setter, which appends the old balance to the account's history; a process pool updates pickled accounts."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history.append(self._balance)
        self._balance = value


def settle(acct):
    acct.balance = int(_work(acct.owner), 16) % 1000
    return acct.owner, acct.balance


def main():
    accounts = [Account(f"owner{i}") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        settled = list(ex.map(settle, accounts))
    return settled[:2], [a.balance for a in accounts][:4], sum(len(a.history) for a in accounts)
