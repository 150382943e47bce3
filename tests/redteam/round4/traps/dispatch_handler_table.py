"""Hazard [dispatch table]: handlers reached through HANDLERS[kind](payload) update module-level
totals; a process pool updates the totals in worker copies and the caller reports zeros."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

TOTALS = {"order": 0, "refund": 0}


def _order(payload):
    TOTALS["order"] += 1
    return ("order", _work(payload))


def _refund(payload):
    TOTALS["refund"] += 1
    return ("refund", _work(payload))


HANDLERS = {"order": _order, "refund": _refund}


def main():
    events = [("refund" if i % 3 == 0 else "order", f"evt-{i}") for i in range(16)]
    results = [HANDLERS[kind](payload) for kind, payload in events]
    return results, dict(TOTALS)
