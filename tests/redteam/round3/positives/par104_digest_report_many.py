"""Positive PAR104: a multi-statement loop body over 24 names: a CPU-heavy digest, then
formatting into the report."""
import hashlib


def stretch(name: str) -> bytes:
    h = name.encode()
    for _ in range(15000):
        h = hashlib.sha256(h).digest()
    return h


def main():
    report = []
    for i in range(24):
        name = f"acct-{i}"
        d = stretch(name)
        report.append(f"{name}:{d.hex()[:10]}")
    return report
