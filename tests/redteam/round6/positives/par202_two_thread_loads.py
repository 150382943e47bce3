"""Positive PAR202: two independent blocking loads (simulated latency) run as consecutive statements."""
import time


def load_inventory() -> dict:
    time.sleep(0.3)
    return {f"sku{i}": i * 2 for i in range(8)}


def load_rates() -> dict:
    time.sleep(0.3)
    return {"eu": 21, "us": 8}


def main():
    inventory = load_inventory()
    rates = load_rates()
    return sum(inventory.values()), sorted(rates)
