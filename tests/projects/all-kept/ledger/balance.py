"""A loop that must stay sequential: each entry depends on the previous balance."""
from .checksums import weight


def entry(record, previous):
    return previous + weight(record) % 100


def running_balances(records, opening=0):
    balances = []
    previous = opening
    for record in records:
        balances.append(entry(record, previous))
        previous = balances[-1]
    return balances
