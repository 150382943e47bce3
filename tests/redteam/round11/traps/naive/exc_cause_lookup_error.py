"""Hazard [exception cause]: `price` raises `PricingError(order.sku) from` the KeyError of the missing tariff, and `run` reports the cause's type; an exception re-raised from a worker has a `_RemoteTraceback` as its cause."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

TARIFFS = {"eu": 21, "us": 8}


@dataclass(frozen=True)
class Order:
    sku: str
    region: str


class PricingError(Exception):
    pass


def _unit(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 100 + h[0]


def price(order: Order) -> tuple:
    unit = _unit(order.sku)
    try:
        return order.sku, unit + unit * TARIFFS[order.region] // 100
    except KeyError as err:
        raise PricingError(order.sku) from err


def run():
    orders = [Order(f"sku-{i}", "ap" if i == 11 else ("eu", "us")[i % 2]) for i in range(16)]
    try:
        with ProcessPoolExecutor() as executor:
            quotes = list(executor.map(price, orders))
    except PricingError as e:
        return f"{e.args[0]}: caused by {type(e.__cause__).__name__}"
    return quotes


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
