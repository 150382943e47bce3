"""Hazard [cache check and fill separated by an await]: repeated hosts are resolved once when awaited in turn; under `gather` every occurrence misses the cache before the first lookup returns, and the addresses handed out change."""
import asyncio

CACHE = {}
LOOKUPS = []


async def lookup(host):
    if host not in CACHE:
        LOOKUPS.append(host)
        await asyncio.sleep(0.03)
        CACHE[host] = f"10.0.0.{len(CACHE)}"
    return CACHE[host]


async def amain():
    hosts = ["api", "db", "api", "cdn", "db", "api", "auth", "cdn"] * 2
    addrs = []
    for h in hosts:
        addrs.append(await lookup(h))
    return addrs, len(LOOKUPS)


def main():
    return asyncio.run(amain())
