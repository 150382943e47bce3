"""Hazard [eq=False dataclass]: `Ticket` is `@dataclass(eq=False)` (identity equality, so tickets can live in sets); `escalate` returns the ticket or None, and `run` finds each escalated ticket's position with `tickets.index`, which raises ValueError for copies."""
import hashlib
from dataclasses import dataclass


@dataclass(eq=False)
class Ticket:
    ident: int
    subject: str


def _severity(text, rounds=2000):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def escalate(t: Ticket):
    return t if _severity(t.subject) > 128 else None


def run():
    tickets = [Ticket(i, f"printer {i} on fire") for i in range(16)]
    flagged = []
    for t in tickets:
        flagged.append(escalate(t))
    return [tickets.index(t) for t in flagged if t is not None]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
