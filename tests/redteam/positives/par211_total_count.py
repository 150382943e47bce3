"""Sum word counts of remote documents, awaiting each in turn; PAR211 should fire on the reduction loop in total_words."""
import asyncio


async def count_words(path):
    await asyncio.sleep(0.04)  # object-store read
    text = (f"{path} lorem ipsum dolor " * (len(path) % 5 + 1)).strip()
    return len(text.split())


async def total_words(paths):
    total = 0
    for p in paths:
        total += await count_words(p)
    return total


def main():
    paths = [f"bucket/reports/{i:03d}.txt" for i in range(30)]
    total = asyncio.run(total_words(paths))
    print("total words:", total)
    return total
