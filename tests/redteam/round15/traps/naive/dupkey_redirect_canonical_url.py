"""Hazard [key canonicalised through a table the callee fills]: `{CANONICAL.get(url, url): fetch(url, seed) for url, seed in crawl}`; `fetch` records redirects (`/old/...` to `/new/...`) in the module-level `CANONICAL`; sequentially a URL seen again is keyed by its new location (a separate entry); in the naive rewrite `CANONICAL` stays empty in the caller and repeats collapse."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


CANONICAL = {}


def fetch(url, seed):
    if url.startswith("/old/"):
        CANONICAL[url] = "/new/" + url[5:]
    return _stretch(f"{url}:{seed}")


def _helper(item):
    url, seed = item
    return fetch(url, seed)


def run():
    paths = ["/old/a", "/b", "/old/c", "/d", "/old/a", "/e", "/old/c", "/f",
             "/old/g", "/b", "/old/g", "/h", "/old/a", "/i", "/old/j", "/old/j"]
    crawl = list(zip(paths, range(300, 316)))
    with ProcessPoolExecutor() as executor:
        items = list(crawl)
        out = dict(zip((CANONICAL.get(url, url) for url, seed in items), executor.map(_helper, items)))
    return len(out), sorted(out)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
