"""Hazard [callee updates values of the dict whose `.items()` is being iterated]: `{name: settle(name, bal) for name, bal in LEDGER.items()}`; `settle` carries a tenth of each balance into the next account of the module-level `LEDGER` (no size change, so iteration continues); the items view reads each later balance after the carry; the naive rewrite snapshots the balances up front and carries into worker copies."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


LEDGER = {f"acct{i:02d}": 500 + 40 * i for i in range(16)}
ORDER = list(LEDGER)


def settle(name, balance):
    i = ORDER.index(name)
    if i + 1 < len(ORDER):
        LEDGER[ORDER[i + 1]] += balance // 10
    return balance, _stretch(f"{name}:{balance}")


def run():
    out = {name: settle(name, bal) for name, bal in LEDGER.items()}
    return sorted(out.items()), sum(LEDGER.values())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
