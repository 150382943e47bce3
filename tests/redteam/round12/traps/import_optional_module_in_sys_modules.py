"""Hazard [behaviour keyed on `sys.modules`]: `Amount.render()` uses exact fractions when the `fractions` module has been loaded by the application (`run` imports it); a spawned worker has not imported `fractions`, so it renders with floats."""
import hashlib
import sys
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Amount:
    label: str
    cents: int = 0

    def render(self):
        frac = sys.modules.get("fractions")
        if frac is not None:
            return str(frac.Fraction(self.cents, 3))
        return str(self.cents / 3)


def report(amount):
    return amount.label, _chain(amount.label), amount.render()


def run():
    import fractions  # noqa: F401  (enables exact rendering)
    amounts = [Amount(f"a{i}", 100 + i) for i in range(16)]
    lines = []
    for amount in amounts:
        lines.append(report(amount))
    return lines[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
