"""Score order records (plain dicts) with a pure-Python pricing simulation."""
from concurrent.futures import ProcessPoolExecutor


def simulate_price(record: dict) -> float:
    price = record["base"]
    for step in range(40_000):
        price = price * (1 + record["drift"]) - (step % 7) * 1e-6
    return round(price, 6)


def main():
    records = [{"sku": f"A{i}", "base": 10.0 + i, "drift": 1e-6 * (i + 1)} for i in range(30)]
    with ProcessPoolExecutor() as ex:
        prices = list(ex.map(simulate_price, records))
    return prices[:3], max(prices)
