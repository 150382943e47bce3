"""Hazard [property with a side effect]: `Account.balance` is a property that counts reads on the instance (`self.reads += 1`, for an access audit); `run` reports the audit counts, which only the workers' copies record."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Account:
    def __init__(self, owner, cents):
        self.owner = owner
        self._cents = cents
        self.reads = 0

    @property
    def balance(self):
        self.reads += 1
        return self._cents


def _risk(owner, rounds=1500):
    h = owner.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 10


def assess(acct: Account) -> tuple:
    return acct.owner, acct.balance // 100 + _risk(acct.owner)


def run():
    accounts = [Account(f"owner{i}", 5000 + 250 * i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        scores = list(executor.map(assess, accounts))
    return scores[:2], sum(a.reads for a in accounts)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
