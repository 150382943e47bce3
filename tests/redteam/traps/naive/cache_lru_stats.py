"""evaluate() goes through an lru_cache'd kernel and the caller reports cache_info() hit/miss
counts afterwards; workers fill their own caches, so the caller's cache reports no calls at all."""
import functools
import math


@functools.lru_cache(maxsize=None)
def kernel(order):
    acc = 0.0
    for i in range(1, 20000):
        acc += math.sin(order * i) / i
    return acc


def evaluate(point):
    return round(kernel(point % 5) * point, 6)


def main():
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        values = list(ex.map(evaluate, range(24)))
    info = kernel.cache_info()
    print(f"kernel cache: {info.hits} hits, {info.misses} misses")
    return round(sum(values), 4)
