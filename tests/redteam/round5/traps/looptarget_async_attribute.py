"""Hazard [loop target is an attribute store, awaited]: `for REQUEST.user in users` sets the module request context and the handler reads it after an await; gathered, every handler reads the last user."""
import asyncio
import types

REQUEST = types.SimpleNamespace(user=None)


async def handle(expected):
    await asyncio.sleep(0.01)
    return expected, REQUEST.user


async def amain():
    users = [f"user{i}" for i in range(16)]
    out = []
    for REQUEST.user in users:
        out.append(await handle(REQUEST.user))
    return sum(a == b for a, b in out)


def main():
    return asyncio.run(amain())
