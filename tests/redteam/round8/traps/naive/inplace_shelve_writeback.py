"""Hazard [values of a writeback shelf changed in place]: the ledger is a `shelve` opened with `writeback=True`, so records changed in place are written back when it closes; `audit(rec)` stamps each record, which the reopened shelf shows after the sequential comprehension, not when the records were stamped as pickled copies in workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import shelve


def build(path):
    with shelve.open(path) as db:
        for i in range(16):
            db[f"acct{i:02d}"] = {"owner": f"owner{i}", "balance": 1000 + 37 * i, "history": list(range(i))}


def audit(rec):
    h = f"{rec['owner']}:{rec['balance']}:{rec['history']}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    rec["audit"] = h.hex()[:10]
    return rec["audit"]


def run(path):
    with shelve.open(path, writeback=True) as db:
        with ProcessPoolExecutor() as ex:
            return dict(zip(db, ex.map(audit, db.values())))


def main():
    build("ledger")
    stamps = run("ledger")
    with shelve.open("ledger") as db:
        stamped = sorted(k for k in db if "audit" in db[k])
    return len(stamps), len(stamped), stamped[:2]
