"""Hazard [int field compared with `is`]: `Account.limit` is either the module constant `UNLIMITED = 10**9` or a number, and `charge` tests `acct.limit is UNLIMITED`; the unpickled int in a worker is a different object."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple

UNLIMITED = 10 ** 9

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Account(NamedTuple):
    user: str
    limit: int = 0


def charge(acct):
    fee = _chain(acct.user)
    capped = fee if acct.limit is UNLIMITED else min(fee, 50)
    return acct.user, capped


def run():
    accts = [Account(f"u{i}", UNLIMITED if i % 2 else 5000) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(charge, accts))
    return out[:4]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
