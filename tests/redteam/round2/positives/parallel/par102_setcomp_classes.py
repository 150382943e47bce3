"""The distinct classes of generated samples, as a set comprehension."""
from concurrent.futures import ProcessPoolExecutor
import statistics


def classify(seed: int) -> str:
    xs = [((seed * 1103515245 + i * 12345) % 2**31) / 2**31 for i in range(40_000)]
    m = statistics.fmean(xs)
    return "high" if m > 0.5 else "low"


def main():
    seeds = list(range(30))
    with ProcessPoolExecutor() as ex:
        classes = set(ex.map(classify, seeds))
    return sorted(classes)
