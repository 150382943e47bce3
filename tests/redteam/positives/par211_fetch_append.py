"""Crawl pages one await at a time inside a coroutine; PAR211 should fire on the loop in crawl."""
import asyncio
import hashlib


async def fetch(url):
    await asyncio.sleep(0.03)  # network round trip
    body = f"<html><body>{url}</body></html>" * 10
    return {"url": url, "length": len(body), "etag": hashlib.md5(body.encode()).hexdigest()[:10]}


async def crawl(urls):
    pages = []
    for u in urls:
        pages.append(await fetch(u))
    return pages


def main():
    urls = [f"https://example.test/page/{i}" for i in range(40)]
    pages = asyncio.run(crawl(urls))
    print(f"crawled {len(pages)} pages")
    return pages
