"""Hazard [items are `sqlite3.Row` objects]: `fetch_users()` returns rows from a connection with `row_factory = sqlite3.Row`; the callee reads `row['name']` inline, but `sqlite3.Row` cannot be pickled."""
import hashlib
import sqlite3

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def fetch_users():
    con = sqlite3.connect(":memory:")
    con.row_factory = sqlite3.Row
    con.execute("create table users(id integer, name text)")
    con.executemany("insert into users values (?, ?)", [(i, f"user{i}") for i in range(16)])
    rows = con.execute("select id, name from users order by id").fetchall()
    con.close()
    return rows


def hash_user(row):
    return row["id"], _work(row["name"])


def run():
    hashed = []
    for row in fetch_users():
        hashed.append(hash_user(row))
    return hashed[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
