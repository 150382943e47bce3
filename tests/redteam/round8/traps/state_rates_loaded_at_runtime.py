"""Hazard [module dict filled by the caller at run time]: `main()` loads today's exchange rates into the module dict `RATES` before converting the balances; `convert(currency, cents)` reads `RATES[currency]`, which a spawned worker re-imports empty, so it raises KeyError."""
import hashlib

RATES = {}


def load_rates():
    for i, cur in enumerate(["USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN"]):
        RATES[cur] = 1.0 + i * 0.173


def convert(currency, cents):
    eur = round(cents * RATES[currency])
    h = f"{currency}:{eur}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return eur, h.hex()[:6]


def run():
    load_rates()
    wallets = {f"w{i:02d}": (cur, 500 * i + 17) for i, cur in enumerate(list(RATES) * 2)}
    converted = {w: convert(cur, cents) for w, (cur, cents) in wallets.items()}
    return [converted[f"w{i:02d}"][0] for i in range(4)]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
