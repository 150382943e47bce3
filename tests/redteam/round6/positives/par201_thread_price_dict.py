"""Positive PAR201: prices fetched with simulated latency into a dict keyed by symbol."""
import time


def fetch_price(sym: str) -> int:
    time.sleep(0.1)
    return sum(map(ord, sym)) * 3


def main():
    syms = [f"TCK{i}" for i in range(16)]
    prices = {}
    for s in syms:
        prices[s] = fetch_price(s)
    return prices
