"""Hazard [caller reads the traceback of the callee's exception]: `{code: lookup_rate(code) for code in codes}`; `lookup_rate` raises KeyError for an unknown currency; `run` reports the innermost frame's function name from `traceback.extract_tb`; sequentially it is `lookup_rate`; in the naive rewrite the traceback ends inside concurrent.futures."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
import traceback

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


RATES = {f"C{i:02d}": 1.0 + i / 8 for i in range(16)}


def lookup_rate(code):
    rate = RATES[code]
    return _stretch(f"{code}:{rate}")


def run():
    codes = [f"C{i:02d}" for i in range(16)]
    codes[12] = "XAU"
    try:
        with ProcessPoolExecutor() as executor:
            items = list(codes)
            out = dict(zip((code for code in items), executor.map(lookup_rate, items)))
    except KeyError as e:
        return "unknown", e.args, traceback.extract_tb(e.__traceback__)[-1].name
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
