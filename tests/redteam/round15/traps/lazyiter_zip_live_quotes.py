"""Hazard [zip over a generator that reads state the callee changes]: `{sym: fill(sym, px) for sym, px in zip(SYMBOLS, quotes())}`; `quotes()` yields the module-level `MARKET["mid"]` each time it is advanced and `fill` moves it (market impact); the comprehension pulls each quote after the previous fill; the naive rewrite lists all quotes first (all the opening price)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


MARKET = {"mid": 1000}
SYMBOLS = [f"SYM{i:02d}" for i in range(16)]


def quotes():
    while True:
        yield MARKET["mid"]


def fill(sym, price):
    MARKET["mid"] = price + 3 + len(sym) % 2
    return price, _stretch(f"{sym}@{price}")


def run():
    out = {sym: fill(sym, px) for sym, px in zip(SYMBOLS, quotes())}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
