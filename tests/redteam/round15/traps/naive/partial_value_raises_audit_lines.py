"""Hazard [value raises part-way; an append-only audit file shows how many ran]: `{acct: charge(acct, cents) for acct, cents in bills.items()}`; `charge` appends a line to `audit.log` and then rejects negative amounts (bill 5); `run` catches the ValueError and lists the first 7 accounts in the log; sequentially only cust00-cust05 were attempted; the naive rewrite has already handed bill 6 (and the next ones in flight) to workers, which charge it."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def charge(acct, cents):
    with open("audit.log", "a") as fh:
        fh.write(f"charge {acct}\n")
    if cents < 0:
        raise ValueError(f"negative charge for {acct}")
    return _stretch(f"{acct}:{cents}")


def _helper(item):
    acct, cents = item
    return charge(acct, cents)


def run():
    bills = {f"cust{i:02d}": (-50 if i == 5 else 1200 + 75 * i) for i in range(16)}
    try:
        with ProcessPoolExecutor() as executor:
            items = list(bills.items())
            out = dict(zip((acct for acct, cents in items), executor.map(_helper, items)))
    except ValueError:
        out = None
    with open("audit.log") as fh:
        return out, sorted(line.split()[1] for line in fh)[:7]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
