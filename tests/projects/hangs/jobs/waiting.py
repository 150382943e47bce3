"""Waits for a worker that never signals (the bug this fixture's hanging test exercises)."""
import subprocess
import threading


def start_worker():
    """Starts the external worker (a long `sleep` stands in for it); returns the Popen."""
    return subprocess.Popen(["sleep", "1000"])


def wait_until_ready(ready, timeout=None):
    """Blocks until `ready` is set; with no timeout, forever if nobody sets it."""
    ready.wait(timeout)
    return ready.is_set()


def new_signal():
    return threading.Event()
