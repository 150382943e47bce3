"""Hazard [key includes a balance the callee updates]: `{(acct, BALANCES[acct]): post(acct, amt) for acct, amt in entries}` keys each posting by its account and the balance before it; `post` adds the amount to the module-level `BALANCES`; sequentially every posting has a distinct key; in the naive rewrite the caller's balances never move, so postings to the same account collapse (4 entries)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


BALANCES = {"acme": 100, "globex": 250, "initech": 75, "umbrella": 40}


def post(account, amount):
    BALANCES[account] += amount
    return _stretch(f"{account}:{amount}")


def run():
    accounts = list(BALANCES)
    entries = [(accounts[i % 4], 5 + (i * 7) % 23) for i in range(16)]
    out = {(acct, BALANCES[acct]): post(acct, amt) for acct, amt in entries}
    return len(out), sorted(out.items()), sorted(BALANCES.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
