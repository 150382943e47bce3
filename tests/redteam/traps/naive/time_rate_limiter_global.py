"""fetch() enforces a 20 ms minimum spacing with a module-level "last call" timestamp; the
limiter only works when calls are sequential, so in a thread pool calls burst and the audit fails."""
import time

_last_call = 0.0
_call_times = []


def fetch(url):
    global _last_call
    wait = _last_call + 0.02 - time.monotonic()
    if wait > 0:
        time.sleep(wait)
    _last_call = time.monotonic()
    _call_times.append(_last_call)
    time.sleep(0.01)  # blocking request
    return len(url)


def main():
    urls = [f"https://api.example.org/v1/items/{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor() as ex:
        total = sum(ex.map(fetch, urls))
    stamps = sorted(_call_times)
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    return total, "within rate limit" if min(gaps) >= 0.018 else "rate limit exceeded"
