"""Hazard [items are callables bound to a stateful object]: each job is functools.partial(account.apply, amount) and run_job() calls it after a costly check, so balances accumulate; a pool pickles the account with every job and each sees the opening balance."""
import functools
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Account:
    def __init__(self, balance):
        self.balance = balance

    def apply(self, amount):
        self.balance += amount
        return self.balance


def run_job(job):
    _work(job.args)
    return job()


def main():
    account = Account(100)
    jobs = [functools.partial(account.apply, (i * 7) % 10 - 3) for i in range(16)]
    balances = []
    for job in jobs:
        balances.append(run_job(job))
    return balances, account.balance
