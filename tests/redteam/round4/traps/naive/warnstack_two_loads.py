"""Hazard [warnings stacklevel]: two independent loads each warn with stacklevel=2 naming the line in
main(); run in pool threads, both warnings point at the executor's internals."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import warnings


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def load_old_format(name):
    warnings.warn(f"{name}: v1 format is deprecated", UserWarning, stacklevel=2)
    return _work(name, 200000)


def main():
    with ThreadPoolExecutor() as ex:
        fu = ex.submit(load_old_format, "users.db")
        fo = ex.submit(load_old_format, "orders.db")
        users, orders = fu.result(), fo.result()
    return users, orders
