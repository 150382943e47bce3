"""Positive PAR201: prices fetched with simulated latency into a dict keyed by symbol."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import time


def fetch_price(sym: str) -> int:
    time.sleep(0.1)
    return sum(map(ord, sym)) * 3


def main():
    syms = [f"TCK{i}" for i in range(16)]
    prices = {}
    with ThreadPoolExecutor() as ex:
        for s, p in zip(syms, ex.map(fetch_price, syms)):
            prices[s] = p
    return prices
