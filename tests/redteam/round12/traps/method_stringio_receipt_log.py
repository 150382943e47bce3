"""Hazard [plain method prints to a module buffer]: `Ticket.stamp()` writes a receipt line with `print(..., file=RECEIPTS)` into the module `io.StringIO`; `run` returns the buffer's contents, which stay empty when the tickets are stamped in workers."""
import hashlib
import io
from collections import namedtuple

RECEIPTS = io.StringIO()

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Ticket = namedtuple("Ticket", ["code", "seats"])


def stamp(ticket):
    digest = _chain(ticket.code)
    print(f"{ticket.code}:{ticket.seats}:{digest}", file=RECEIPTS)
    return ticket.code, digest


def run():
    tickets = [Ticket(f"t{i}", 1 + i % 5) for i in range(16)]
    done = []
    for ticket in tickets:
        done.append(stamp(ticket))
    return RECEIPTS.getvalue().splitlines()[:4], len(done)

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
