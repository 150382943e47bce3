"""Hazard [the iterable's function returns unpicklable items]: `load_feeds()` returns dicts whose 'entries' field is a generator; the work drains it sequentially, a process pool cannot pickle the dict holding a generator."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def _entries(i):
    return (f"e{i}-{j}" for j in range(5))


def load_feeds():
    return [{"name": f"feed{i}", "entries": _entries(i)} for i in range(16)]


def summarize(feed):
    entries = list(feed["entries"])
    return feed["name"], len(entries), _work("".join(entries))


def run():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(summarize, load_feeds()))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
