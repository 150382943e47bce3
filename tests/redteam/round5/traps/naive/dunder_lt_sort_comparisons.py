"""Hazard [side effect in __lt__]: sorted(bids) in the callee calls Bid.__lt__, which counts comparisons in a module dict for a fairness report; workers count in theirs."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


STATS = {"comparisons": 0}


class Bid:
    def __init__(self, amount):
        self.amount = amount

    def __lt__(self, other):
        STATS["comparisons"] += 1
        return self.amount < other.amount


def clearing_price(lot):
    lot_id, bids = lot
    ranked = sorted(bids)
    return lot_id, ranked[-1].amount, _work(lot_id)


def main():
    lots = [(f"lot{i}", [Bid((i * 7 + j * 13) % 50) for j in range(6)]) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        prices = list(ex.map(clearing_price, lots))
    return prices, STATS
