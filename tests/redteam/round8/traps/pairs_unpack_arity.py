"""Hazard [rows that are not all pairs]: `for a, b in rows` raises ValueError at a row with a third field (a weight from a newer export); the rewrite `ex.map(levenshtein, *zip(*rows))` transposes the rows, which truncates every row to two fields and computes a distance for it as well."""
import hashlib


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def word(seed, n=160):
    h = hashlib.sha256(str(seed).encode()).hexdigest() * 3
    return h[:n]


def main():
    rows = [(word(i), word(i + 100)) for i in range(16)]
    rows[10] = (word(10), word(110), 3)
    try:
        dists = [levenshtein(a, b) for a, b in rows]
        return "ok", len(dists), dists[:3]
    except ValueError as e:
        return f"bad row: {e}"
