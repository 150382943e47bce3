"""Find the longest Collatz chain per block of starting values; PAR101 should fire on the loop in longest_per_block."""
import concurrent.futures


def chain_length(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def longest_chain(start, stop):
    best_start, best_len = start, 0
    for n in range(start, stop):
        length = chain_length(n)
        if length > best_len:
            best_start, best_len = n, length
    return best_start, best_len


def longest_per_block(limit, block):
    starts = list(range(1, limit, block))
    with concurrent.futures.ProcessPoolExecutor() as ex:
        results = list(ex.map(longest_chain, starts, [min(s + block, limit) for s in starts]))
    return results


def main():
    results = longest_per_block(128_001, 4_000)
    print("blocks:", len(results))
    return results
