"""fetch() labels its log lines with the current asyncio task's name; awaited in a loop every
item runs in the caller's task, but gathered items each run in a task of their own."""
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    return f"{asyncio.current_task().get_name()}: fetched {n}"


async def collect():
    lines = list(await asyncio.gather(*(fetch(n) for n in range(20))))
    return lines


def main():
    lines = asyncio.run(collect())
    return lines[0], lines[-1]
