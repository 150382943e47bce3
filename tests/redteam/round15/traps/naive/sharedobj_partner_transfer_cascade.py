"""Hazard [the callee mutates another item that a later value reads]: `{a.name: settle(a) for a in accounts}`; each `Account` has a `partner` (another item of the list) and `settle` sweeps a fifth of its balance into the partner before hashing its own balance; sequentially later accounts settle with what earlier ones swept in; in the naive rewrite each worker gets a separate copy of the account and its partner, so nothing cascades (and the caller's balances never move)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.partner = None


def settle(acct):
    sweep = acct.balance // 5
    acct.balance -= sweep
    acct.partner.balance += sweep
    return acct.balance, _stretch(f"{acct.name}:{acct.balance}")


def run():
    accounts = [Account(f"acct{i:02d}", 1000 + 125 * i) for i in range(16)]
    for i, a in enumerate(accounts):
        a.partner = accounts[(i + 1) % 16]
    with ProcessPoolExecutor() as executor:
        items = list(accounts)
        out = dict(zip((a.name for a in items), executor.map(settle, items)))
    return sorted(out.items())[:4], sum(a.balance for a in accounts[:4])


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
