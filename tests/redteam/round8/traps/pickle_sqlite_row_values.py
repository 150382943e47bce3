"""Hazard [values that do not pickle]: the accounts are indexed by name as `sqlite3.Row` objects (the connection's row factory); `risk(row)` reads the columns by name sequentially, a process pool cannot pickle a `sqlite3.Row`."""
import hashlib
import sqlite3


def load_accounts():
    con = sqlite3.connect(":memory:")
    con.row_factory = sqlite3.Row
    con.execute("create table acct (name text, balance integer, country text)")
    con.executemany("insert into acct values (?, ?, ?)",
                    [(f"acct{i:02d}", 100 * i + 7, "FR" if i % 3 else "DE") for i in range(16)])
    return {row["name"]: row for row in con.execute("select * from acct order by name")}


def risk(row):
    h = f"{row['name']}|{row['balance']}|{row['country']}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def run():
    accounts = load_accounts()
    scores = {name: risk(row) for name, row in accounts.items()}
    return scores["acct00"], len(scores)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
