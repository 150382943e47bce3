"""fetch() records when each request started and the caller audits that requests to the host
were at least 15 ms apart (politeness policy); in a thread pool requests start together."""
import time


def fetch(url):
    started = time.monotonic()
    time.sleep(0.02)  # blocking HTTP request
    return started, len(url)


def main():
    urls = [f"https://example.org/page/{i}" for i in range(20)]
    results = [fetch(u) for u in urls]
    starts = [s for s, _ in results]
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    return "polite" if min(gaps) >= 0.015 else "too fast"
