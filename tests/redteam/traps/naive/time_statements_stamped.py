"""Two consecutive blocking reads each record when they started, and the caller reports the gap
as the first read's latency (a crude profiler); run as parallel statements both start together."""
import os
import tempfile
import time


def timed_read(path):
    started = time.monotonic()
    time.sleep(0.05)  # slow network share
    with open(path) as f:
        return started, f.read()


def load_pair(a, b):
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor() as ex:
        f1 = ex.submit(timed_read, a)
        f2 = ex.submit(timed_read, b)
        (t_a, left), (t_b, right) = f1.result(), f2.result()
    latency_ms = round((t_b - t_a) * 1000, -1)
    return left + right, "slow share" if latency_ms >= 50 else "fast share"


def main():
    with tempfile.TemporaryDirectory() as d:
        a, b = os.path.join(d, "a"), os.path.join(d, "b")
        for p in (a, b):
            with open(p, "w") as f:
                f.write(os.path.basename(p))
        return load_pair(a, b)
