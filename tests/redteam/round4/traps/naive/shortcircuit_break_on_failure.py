"""Hazard [early break]: the loop stops at the first failing batch, so later batches never write
their report files; computing every batch in a pool first writes all sixteen reports."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import os


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def validate(batch_id):
    d = _work(f"b{batch_id}")
    with open(f"report-{batch_id:02d}.txt", "w") as fh:
        fh.write(d)
    return batch_id != 5


def main():
    checked = []
    with ProcessPoolExecutor() as ex:
        oks = list(ex.map(validate, range(16)))
    for b, ok in zip(range(16), oks):
        checked.append(b)
        if not ok:
            break
    return checked, sorted(f for f in os.listdir(".") if f.startswith("report-"))
