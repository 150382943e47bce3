"""Fetch quotes from a slow pricing service, simulated with time.sleep; PAR201 should fire on the loop in fetch_quotes."""
import time

LATENCY = 0.05


def fetch_quote(symbol):
    time.sleep(LATENCY)  # stands in for the HTTP round trip
    price = sum(ord(c) for c in symbol) * 1.25
    return {"symbol": symbol, "price": round(price, 2), "currency": "USD"}


def fetch_quotes(symbols):
    quotes = []
    for symbol in symbols:
        quotes.append(fetch_quote(symbol))
    return quotes


def main():
    symbols = [f"SYM{i:02d}" for i in range(24)]
    quotes = fetch_quotes(symbols)
    print(f"{len(quotes)} quotes")
    return quotes
