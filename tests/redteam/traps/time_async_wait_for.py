"""The caller bounds the whole sweep with asyncio.wait_for(..., 0.3); awaited one by one the
probes take 0.8 s and the sweep times out, gathered they finish in 0.04 s."""
import asyncio


async def probe(host):
    await asyncio.sleep(0.04)  # TCP connect
    return host, "open"


async def sweep(hosts):
    found = []
    for h in hosts:
        found.append(await probe(h))
    return found


async def run():
    hosts = [f"10.0.0.{i}" for i in range(20)]
    try:
        return len(await asyncio.wait_for(sweep(hosts), timeout=0.3))
    except asyncio.TimeoutError:
        return "sweep timed out"


def main():
    return asyncio.run(run())
