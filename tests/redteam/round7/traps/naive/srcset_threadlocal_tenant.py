"""Hazard [the iterable's function sets state the work reads]: `orders_for(tenant)` records the tenant in a `threading.local` before returning the order ids; the work signs with the caller's tenant sequentially, a pool thread sees no tenant and falls back to 'public'."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import threading

_state = threading.local()


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def orders_for(tenant):
    _state.tenant = tenant
    return [f"order-{i}" for i in range(16)]


def sign(order):
    tenant = getattr(_state, "tenant", "public")
    return order, tenant, _work(f"{tenant}/{order}")


def main():
    with ThreadPoolExecutor() as ex:
        signed = list(ex.map(sign, orders_for("acme")))
    return signed[:2]
