"""Positive PAR201: simulated slow price lookups (time.sleep) stored in a dict per SKU."""
import hashlib
import time


def fetch_price(sku):
    time.sleep(0.05)
    return int(hashlib.md5(sku.encode()).hexdigest()[:4], 16) / 100


def main():
    skus = [f"SKU-{i:03d}" for i in range(16)]
    prices = {}
    for sku in skus:
        prices[sku] = fetch_price(sku)
    return prices
