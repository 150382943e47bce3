"""Hazard [key raises part-way; the callee's files show how far it got]: `{row["id"]: render(row) for row in rows}`; row 6 has no `"id"`, `render` writes `page-<slug>.cache` into the working directory, and `run` catches the KeyError and lists the first 7 cache files; sequentially only 6 pages (p00-p05) were rendered; the naive rewrite has already handed row 6 (and the next ones in flight) to workers, which render it (`render` reads the row with `.get`), so `page-p06.cache` exists."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
import os

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def render(row):
    body = _stretch(row.get("body"))
    with open(f"page-{row.get('slug')}.cache", "w") as fh:
        fh.write(body)
    return body


def run():
    rows = [{"id": i, "slug": f"p{i:02d}", "body": f"text {i * 19 % 23}"} for i in range(16)]
    del rows[6]["id"]
    try:
        with ProcessPoolExecutor() as executor:
            items = list(rows)
            out = dict(zip((row["id"] for row in items), executor.map(render, items)))
    except KeyError:
        out = {}
    return len(out), sorted(f for f in os.listdir(".") if f.endswith(".cache"))[:7]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
