"""Evaluate knapsack instances by dynamic programming and keep the best value; PAR103 should fire on the max-reduction in best_value."""
import concurrent.futures
import random


def knapsack_value(seed, capacity):
    rng = random.Random(seed)
    items = [(rng.randint(1, 60), rng.randint(1, 100)) for _ in range(100)]
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand = best[c - weight] + value
            if cand > best[c]:
                best[c] = cand
    return best[capacity]


def best_value(instances):
    best = 0
    with concurrent.futures.ProcessPoolExecutor() as ex:
        for value in ex.map(knapsack_value, [s for s, _ in instances], [c for _, c in instances]):
            best = max(best, value)
    return best


def main():
    instances = [(seed, 2_500 + 10 * seed) for seed in range(40)]
    best = best_value(instances)
    print("best value:", best)
    return best
