"""Positive PAR213: a CPU-heavy prime count inside a coroutine moved to run_in_executor with a process pool."""
import asyncio


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


async def report(limit):
    primes = count_primes(limit)
    return {"limit": limit, "primes": primes}


def main():
    return asyncio.run(report(150000))
