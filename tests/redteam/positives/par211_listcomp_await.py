"""Look up content sizes with an awaiting list comprehension; PAR211 should fire on the comprehension in content_sizes."""
import asyncio


async def head(url):
    await asyncio.sleep(0.03)  # HEAD request
    return len(url) * 1024 + sum(map(ord, url)) % 1000


async def content_sizes(urls):
    sizes = [await head(u) for u in urls]
    return dict(zip(urls, sizes))


def main():
    urls = [f"https://cdn.example.test/assets/{i}.js" for i in range(40)]
    sizes = asyncio.run(content_sizes(urls))
    print("total size:", sum(sizes.values()))
    return sorted(sizes.items())
