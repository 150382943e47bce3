"""Hazard [interpreter setting made at run time, not inherited by spawned workers]: `main` sets `sys.tracebacklimit = 0` so `traceback.format_exc()` reports are one line; spawned workers format full tracebacks."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sys
import traceback

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def _to_cents(text):
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int(frac or 0)


def _parse_amount(text):
    return _to_cents(text)


def check(entry):
    digest = _work(entry)
    try:
        return entry, _parse_amount(entry.split("=")[1]), digest
    except ValueError:
        report = traceback.format_exc()
        return entry, -len(report.splitlines()), digest


def main():
    sys.tracebacklimit = 0
    entries = [f"fee{i}={i}.{i % 10}" if i % 4 else f"fee{i}={i}.x" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        checked = list(ex.map(check, entries))
    return checked
