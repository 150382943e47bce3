"""api_get() logs in lazily and stores the token in a ContextVar; awaited one by one, later
calls reuse the first login, but gathered tasks each run in a copy of the context and log in again."""
import asyncio
import contextvars

_token = contextvars.ContextVar("token", default=None)
LOGINS = []


async def api_get(path):
    token = _token.get()
    if token is None:
        await asyncio.sleep(0.01)  # login round trip
        token = f"tok-{path}"
        _token.set(token)
        LOGINS.append(token)
    await asyncio.sleep(0.005)
    return f"{path}@{token}"


async def fetch_all(paths):
    results = list(await asyncio.gather(*(api_get(p) for p in paths)))
    return results


def main():
    paths = [f"/items/{i}" for i in range(20)]
    results = asyncio.run(fetch_all(paths))
    return results[:2], len(LOGINS)
