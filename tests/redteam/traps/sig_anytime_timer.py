"""main() installs a SIGALRM handler once; search() arms a short timer and refines its answer
until the handler interrupts it; in a spawned worker no handler is installed and SIGALRM kills the process."""
import hashlib
import signal


class TimeUp(Exception):
    pass


def _on_alarm(signum, frame):
    raise TimeUp


def search(target):
    best = None
    h = str(target).encode()
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    try:
        for _ in range(200_000):
            h = hashlib.sha256(h).digest()
            if best is None or h < best:
                best = h
    except TimeUp:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return best is not None


def main():
    signal.signal(signal.SIGALRM, _on_alarm)
    try:
        found = [search(t) for t in range(20)]
    except Exception as exc:  # report, don't crash the scheduler
        return f"search failed: {type(exc).__name__}"
    return sum(found)
