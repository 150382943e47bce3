"""The crawl frontier is a generator over a queue that crawl_page() extends with discovered
links; sequentially it keeps yielding new pages, but Executor.map drains it before any page is parsed."""
import collections
import hashlib


def frontier(queue):
    seen = set()
    while queue:
        page = queue.popleft()
        if page not in seen:
            seen.add(page)
            yield page


def crawl_page(page, queue):
    h = str(page).encode()
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
    links = [(page * 3 + k) % 40 for k in range(1, 3)]
    queue.extend(links)
    return page, h[0]


def main():
    queue = collections.deque([1])
    import concurrent.futures
    import itertools
    with concurrent.futures.ProcessPoolExecutor() as ex:
        crawled = list(ex.map(crawl_page, frontier(queue), itertools.repeat(queue)))
    return len(crawled), crawled[:3]
