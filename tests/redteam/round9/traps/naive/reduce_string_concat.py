"""Hazard [`+=` on a string]: the body appends each package's line to the report (`report += line`); the rewrite treats `+=` as a numeric reduction (`report += sum(executor.map(...))`), and `sum` cannot add strings to its start 0 (TypeError)."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def packages(n):
    return [(f"pkg{i:02d}", f"0.{i}.1") for i in range(n)]


def _work_item(item, rounds):
    name, version = item
    checksum = stretch(f"{name}=={version}", rounds)
    return f"{name} {version} {checksum}\n"


def run():
    rounds = 8000
    report = "# lock file\n"
    with ProcessPoolExecutor() as executor:
        report += sum(executor.map(functools.partial(_work_item, rounds=rounds), packages(16)))
    return report.count("\n"), report.splitlines()[1]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
