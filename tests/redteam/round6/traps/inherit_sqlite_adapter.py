"""Hazard [sqlite3 adapter registered at run time]: `sqlite3.register_adapter(Decimal, str)` lets each call store Decimals in its own in-memory database; a spawned worker has no adapter and the insert fails."""
import hashlib
import sqlite3
from decimal import Decimal

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def store_and_total(prices):
    con = sqlite3.connect(":memory:")
    con.execute("create table t(p)")
    con.executemany("insert into t values (?)", [(p,) for p in prices])
    rows = [r[0] for r in con.execute("select p from t")]
    con.close()
    return rows[0], _work("|".join(rows))


def main():
    sqlite3.register_adapter(Decimal, str)
    baskets = [[Decimal(f"{i}.{j}5") for j in range(5)] for i in range(16)]
    totals = []
    for basket in baskets:
        totals.append(store_and_total(basket))
    return totals
