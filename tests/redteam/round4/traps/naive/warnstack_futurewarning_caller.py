"""Hazard [warnings stacklevel]: the helper warns with stacklevel=2 so the warning names the caller's
line; called from a pool thread the warning names concurrent/futures/thread.py instead."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import warnings


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def legacy_score(row):
    warnings.warn("legacy_score() is deprecated, use score()", FutureWarning, stacklevel=2)
    return _work(row)


def main():
    rows = [f"row{i}" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        scores = list(ex.map(legacy_score, rows))
    return scores
