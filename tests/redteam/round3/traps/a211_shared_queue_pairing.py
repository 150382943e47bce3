"""Hazard [shared asyncio.Queue request/response pairing]: each call puts a request and
takes the next reply; gathered, replies are taken by whichever call wakes first."""
import asyncio

_q = None


async def roundtrip(job: str) -> str:
    await _q.put(job.upper())
    await asyncio.sleep(0.01 * len(job))
    return f"{job}->{await _q.get()}"


async def run(jobs):
    global _q
    _q = asyncio.Queue()
    out = []
    for j in jobs:
        out.append(await roundtrip(j))
    return out


def main():
    return asyncio.run(run(["aaaa", "bb", "ccc", "d"]))
