"""Hazard [property setter with a side effect]: setting `Order.status` appends the transition to the module list `TRANSITIONS`; `advance` sets the status of the order it is given, and `run` returns the transitions and statuses, untouched when the setter runs in workers."""
import hashlib

TRANSITIONS = []


class Order:
    def __init__(self, sku):
        self.sku = sku
        self._status = "new"

    @property
    def status(self):
        return self._status

    @status.setter
    def status(self, value):
        TRANSITIONS.append((self.sku, self._status, value))
        self._status = value


def _fraud(sku, rounds=1500):
    h = sku.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] > 200


def advance(order: Order) -> tuple:
    order.status = "held" if _fraud(order.sku) else "paid"
    return order.sku, order.status


def run():
    orders = [Order(f"sku-{i}") for i in range(16)]
    states = []
    for o in orders:
        states.append(advance(o))
    return len(TRANSITIONS), [o.status for o in orders[:4]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
