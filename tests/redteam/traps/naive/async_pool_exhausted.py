"""Requests borrow a connection from a pool of 4 that fails fast when empty; awaited one by one a
connection is always free, gathered 20 requests want connections at once and the pool is exhausted."""
import asyncio


class PoolExhausted(Exception):
    pass


class Pool:
    def __init__(self, size):
        self.free = size

    async def query(self, sql):
        if self.free == 0:
            raise PoolExhausted("no free connection")
        self.free -= 1
        try:
            await asyncio.sleep(0.005)  # round trip to the database
            return len(sql)
        finally:
            self.free += 1


async def run(pool: Pool):
    total = sum(await asyncio.gather(*(pool.query(f"SELECT * FROM t{i}") for i in range(20))))
    return total


def main():
    try:
        return asyncio.run(run(Pool(4)))
    except PoolExhausted as e:
        return f"failed: {e}"
