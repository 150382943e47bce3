"""Hazard [PAR212 suspension point seen by the awaiting caller]: `fetch_config` no
longer runs to completion in one step, so `healthcheck` logs before `startup` does."""
import asyncio
import time

EVENTS = []


async def fetch_config() -> dict:
    await asyncio.sleep(0.05)
    return {"mode": "fast"}


async def startup() -> None:
    cfg = await fetch_config()
    EVENTS.append("config " + cfg["mode"])


async def healthcheck() -> None:
    EVENTS.append("health ok")


async def run():
    await asyncio.gather(startup(), healthcheck())
    return list(EVENTS)


def main():
    return asyncio.run(run())
