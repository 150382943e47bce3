"""Hazard [database connection passed as an argument]: each call records its digest through the caller's sqlite connection; a process pool cannot pickle the connection."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sqlite3

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def record(con, name):
    d = _work(name)
    con.execute("insert into digests values (?, ?)", (name, d))
    return d


def run():
    con = sqlite3.connect(":memory:")
    con.execute("create table digests(name, digest)")
    names = [f"file{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(record, [con] * len(names), names))
    count = con.execute("select count(*) from digests").fetchone()[0]
    return out[:2], count


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
