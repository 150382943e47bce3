"""fetch() bounds each blocking read with a SIGALRM timer (signal.signal + setitimer); signal
handlers can only be installed from the main thread, so in a thread pool every call raises ValueError."""
import os
import signal
import tempfile
import time


class ReadTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise ReadTimeout("read took too long")


def fetch(path):
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, 1.0)
    try:
        time.sleep(0.005)  # slow NFS read
        with open(path) as f:
            return f.read()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def main():
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(20):
            p = os.path.join(d, f"part{i}")
            with open(p, "w") as f:
                f.write(str(i))
            paths.append(p)
        try:
            import concurrent.futures
            with concurrent.futures.ThreadPoolExecutor() as ex:
                parts = list(ex.map(fetch, paths))
        except (ReadTimeout, ValueError) as e:
            return f"fetch failed: {e}"
    return "".join(parts)
