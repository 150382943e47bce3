"""Positive PAR202: two independent blocking loads (simulated latency) run as consecutive statements."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import time


def load_inventory() -> dict:
    time.sleep(0.3)
    return {f"sku{i}": i * 2 for i in range(8)}


def load_rates() -> dict:
    time.sleep(0.3)
    return {"eu": 21, "us": 8}


def main():
    with ThreadPoolExecutor() as ex:
        fi = ex.submit(load_inventory)
        fr = ex.submit(load_rates)
        inventory, rates = fi.result(), fr.result()
    return sum(inventory.values()), sorted(rates)
