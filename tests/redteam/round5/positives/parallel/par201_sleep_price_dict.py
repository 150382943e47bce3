"""Positive PAR201: simulated slow price lookups (time.sleep) stored in a dict per SKU."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import time


def fetch_price(sku):
    time.sleep(0.05)
    return int(hashlib.md5(sku.encode()).hexdigest()[:4], 16) / 100


def main():
    skus = [f"SKU-{i:03d}" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        prices = dict(zip(skus, ex.map(fetch_price, skus)))
    return prices
