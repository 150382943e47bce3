"""Hazard [callee appends to the list that `enumerate` is walking]: `{i: crawl(url) for i, url in enumerate(FRONTIER)}`; `crawl` appends the links it discovers (one level deep) to the module-level `FRONTIER`; the comprehension's `enumerate` reaches them; the naive rewrite lists the 16 seed URLs up front and workers append to their own `FRONTIER`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


FRONTIER = [f"/docs/p{i:02d}" for i in range(16)]


def crawl(url):
    page = _stretch(url)
    if url.count("/") == 2 and int(page[:2], 16) % 3 == 0:
        FRONTIER.append(url + "/child")
    return page


def _helper(item):
    i, url = item
    return crawl(url)


def run():
    with ProcessPoolExecutor() as executor:
        items = list(enumerate(FRONTIER))
        out = dict(zip((i for i, url in items), executor.map(_helper, items)))
    return len(out), sorted(out.items())[-3:]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
