"""The callee fails on item 3 (KeyError) and the input generator fails later on item 10
(ValueError); sequentially the KeyError comes first, but Executor.map drains the generator first."""
import hashlib

PRICES = {f"sku{i}": i * 10 for i in range(20) if i != 3}


def records(lines):
    for n, line in enumerate(lines):
        if "," not in line:
            raise ValueError(f"line {n}: not a CSV record")
        yield line.split(",")[0]


def price(sku):
    h = sku.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return PRICES[sku] + h[0] % 3


def main():
    lines = [f"sku{i},1" for i in range(10)] + ["<html>"] + [f"sku{i},1" for i in range(11, 20)]
    try:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            total = sum(ex.map(price, records(lines)))
    except KeyError as e:
        return f"unknown sku {e}"
    except ValueError as e:
        return f"bad input: {e}"
    return total
