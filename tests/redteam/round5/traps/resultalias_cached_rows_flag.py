"""Hazard [results alias module objects]: fetch_row() returns a row from a module table after a costly integrity check; the caller flags the returned rows as exported, which under a pool flags copies."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


TABLE = [{"pk": i, "exported": False} for i in range(24)]


def fetch_row(pk):
    row = TABLE[pk]
    _work(pk)
    return row


def main():
    wanted = list(range(2, 24, 1))[:16]
    rows = []
    for pk in wanted:
        rows.append(fetch_row(pk))
    for row in rows:
        row["exported"] = True
    return sum(r["exported"] for r in TABLE)
