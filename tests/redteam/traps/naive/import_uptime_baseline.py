"""_T0 is taken with time.perf_counter() at import and results report uptime since start; the
caller drops results produced during its 0.2 s warm-up, and workers' fresh _T0 makes every result look early."""
import hashlib
import time

_T0 = time.perf_counter()


def uptime():
    return time.perf_counter() - _T0


def warm_up():
    while uptime() < 0.2:
        hashlib.sha256(b"warm").digest()


def measure(sample):
    h = str(sample).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return {"sample": sample, "value": h[0], "at": uptime()}


def main():
    warm_up()
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        results = list(ex.map(measure, range(20)))
    steady = [r for r in results if r["at"] >= 0.2]
    return len(steady)
