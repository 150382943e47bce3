"""Hazard [context variables set by the awaited item]: each task of a gather runs in
a copy of the context, so `last.set(...)` is no longer visible to the caller."""
import asyncio
import contextvars

last = contextvars.ContextVar("last", default="none")


async def fetch(u: str) -> str:
    await asyncio.sleep(0.02)
    last.set(u)
    return u.upper()


async def run(urls):
    out = []
    for u in urls:
        out.append(await fetch(u))
    return out[:2], last.get()


def main():
    return asyncio.run(run([f"u{i}" for i in range(20)]))
