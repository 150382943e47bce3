"""Hazard [caller captures the callee's prints with `redirect_stdout`]: `{host: probe(host) for host in hosts}` runs inside `contextlib.redirect_stdout(buf)`; `probe` prints `ok` and `run` counts the captured lines; the redirect swaps `sys.stdout` only in the caller, so in the naive rewrite the workers' lines go to the real stdout and the capture is empty."""
import contextlib
from concurrent.futures import ProcessPoolExecutor
import hashlib
import io

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def probe(host):
    tag = _stretch(host)
    print("ok")
    return tag


def run():
    hosts = [f"10.0.0.{i}" for i in range(10, 26)]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        with ProcessPoolExecutor() as executor:
            items = list(hosts)
            out = dict(zip((host for host in items), executor.map(probe, items)))
    return len(buf.getvalue().splitlines()), sorted(out.items())[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
