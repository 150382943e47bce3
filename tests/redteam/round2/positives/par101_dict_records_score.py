"""Score order records (plain dicts) with a pure-Python pricing simulation."""


def simulate_price(record: dict) -> float:
    price = record["base"]
    for step in range(40_000):
        price = price * (1 + record["drift"]) - (step % 7) * 1e-6
    return round(price, 6)


def main():
    records = [{"sku": f"A{i}", "base": 10.0 + i, "drift": 1e-6 * (i + 1)} for i in range(30)]
    prices = []
    for rec in records:
        prices.append(simulate_price(rec))
    return prices[:3], max(prices)
