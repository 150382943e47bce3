"""Hazard [key unhashable part-way; spooled files show how far it got]: `{o.tags: spool(o) for o in orders}`; order 4's tags are a list (TypeError when inserted), `spool` writes `<id>.spool`, and `run` catches the TypeError and reports whether order 5 was spooled; sequentially the comprehension stops at order 4 (its value is computed before the insert fails); the naive rewrite has already handed order 5 (and the next ones in flight) to workers, which spool it."""
import hashlib
import os

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Order:
    def __init__(self, oid, tags):
        self.oid = oid
        self.tags = tags


def spool(order):
    blob = _stretch(order.oid)
    with open(f"{order.oid}.spool", "w") as fh:
        fh.write(blob)
    return blob


def run():
    orders = [Order(f"o{i:02d}", ("std", f"w{i % 4}")) for i in range(16)]
    orders[4].tags = ["rush", "w0"]
    try:
        out = {o.tags: spool(o) for o in orders}
    except TypeError:
        out = {}
    return len(out), os.path.exists("o04.spool"), os.path.exists("o05.spool")


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
