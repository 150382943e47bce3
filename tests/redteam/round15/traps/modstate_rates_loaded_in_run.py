"""Hazard [callee reads module state that `run` loads]: `{cur: convert(cur, amt) for cur, amt in sorted(balances.items())}`; `run` calls `load_rates()` to fill the module-level `RATES` before the comprehension and `convert` reads `RATES[cur]`; spawned workers re-import the module with `RATES` empty (KeyError)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


RATES = {}


def load_rates():
    RATES.update({f"C{i:02d}": round(0.5 + i * 0.125, 3) for i in range(16)})


def convert(cur, amount):
    value = round(amount * RATES[cur], 2)
    return value, _stretch(f"{cur}:{value}")


def run():
    load_rates()
    balances = {f"C{i:02d}": 1000 + 250 * i for i in range(16)}
    out = {cur: convert(cur, amt) for cur, amt in sorted(balances.items())}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
