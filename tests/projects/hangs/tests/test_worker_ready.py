import os

from jobs.waiting import new_signal, start_worker, wait_until_ready


def test_ready_signal_with_timeout():
    signal = new_signal()
    signal.set()
    assert wait_until_ready(signal, timeout=1)


def test_worker_becomes_ready(capsys):
    """Never finishes: nothing sets the signal. The e2e test expects the test-timeout to kill
    the whole process group, including the `sleep 1000` child whose pid is written to
    $TMPDIR/hang-child.pid (and printed)."""
    child = start_worker()
    with open(os.path.join(tmpdir(), "hang-child.pid"), "w") as fh:
        fh.write(f"{child.pid}\n")
    with capsys.disabled():
        print(f"hang-child pid {child.pid}", flush=True)
    assert wait_until_ready(new_signal())


def tmpdir():
    path = os.environ.get("TMPDIR")
    assert path, "TMPDIR is not set (the sandbox is expected to set it)"
    return path
