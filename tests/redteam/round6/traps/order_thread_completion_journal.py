"""Hazard [module journal appended in completion order]: `fetch` records each source in `JOURNAL` after its latency; sequentially the journal is in request order, with all sources fetched side by side it is in order of latency."""
import time

JOURNAL = []
LATENCY = {f"src{i}": 0.04 * ((i * 5) % 16 + 1) for i in range(16)}


def fetch(src):
    time.sleep(LATENCY[src])
    JOURNAL.append(src)
    return len(src)


def main():
    srcs = list(LATENCY)
    sizes = []
    for s in srcs:
        sizes.append(fetch(s))
    return sizes[:2], JOURNAL[:5]
