"""Hazard [thread-local context read by an item method]: `Money.label()` reads the display currency from the `threading.local` `_display`, set by `run`; a thread pool's threads have no `currency` attribute (AttributeError)."""
import hashlib
import threading
from dataclasses import dataclass

_display = threading.local()


@dataclass(frozen=True)
class Money:
    ref: str
    cents: int

    def label(self):
        return f"{self.cents / 100:.2f} {_display.currency}"


def _checksum(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:4]


def render(m: Money) -> tuple:
    return m.ref, m.label(), _checksum(m.ref)


def run():
    _display.currency = "EUR"
    amounts = [Money(f"inv{i}", 1999 + 250 * i) for i in range(16)]
    lines = []
    for m in amounts:
        lines.append(render(m))
    return lines[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
