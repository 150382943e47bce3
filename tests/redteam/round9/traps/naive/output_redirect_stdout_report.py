"""Hazard [stdout redirected by the caller]: `main()` captures the loop's messages with `contextlib.redirect_stdout` into its report; the body prints a warning for the oversized archive, which lands in the report sequentially and, from a worker, on the process's real stdout (the report is empty)."""
import contextlib
import hashlib
import io
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def archives(n):
    return [(f"arc{i:02d}.tar", 1000 + (9000 if i == 11 else 37 * i)) for i in range(n)]


def _work_item(item, limit, rounds):
    name, size = item
    if size > limit:
        print(f"warning: {name} is {size} bytes")
    digest = stretch(f"{name}:{size}".encode(), rounds)
    return (name, digest)


def main():
    limit = 5000
    rounds = 8000
    checked = []
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        with ProcessPoolExecutor() as executor:
            checked.extend(executor.map(functools.partial(_work_item, limit=limit, rounds=rounds), archives(16)))
    return len(checked), report.getvalue()
