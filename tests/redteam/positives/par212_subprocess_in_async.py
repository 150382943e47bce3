"""An async health check that shells out with a blocking subprocess.run; PAR212 should fire on the call in probe."""
import asyncio
import subprocess
import sys


async def probe(n: int) -> str:
    proc = subprocess.run([sys.executable, "-c", f"print({n} * {n})"], capture_output=True, text=True)
    return proc.stdout.strip()


async def probe_all(ns):
    return await asyncio.gather(*(probe(n) for n in ns))


def main():
    results = asyncio.run(probe_all(range(16)))
    print(f"{len(results)} probes")
    return results
