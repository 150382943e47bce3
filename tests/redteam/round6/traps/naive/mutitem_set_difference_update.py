"""Hazard [the callee shrinks its set item in place]: `tags.difference_update(STOP)` removes stop words from the caller's tag sets; a process pool strips copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

STOP = {"the", "a", "of"}


def keywords(tags):
    tags.difference_update(STOP)
    return _work(" ".join(sorted(tags)))


def main():
    tagsets = [{"the", "a", f"topic{i}", "of", f"kw{i % 3}"} for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(keywords, tagsets))
    return out[:2], sum(len(t) for t in tagsets)
