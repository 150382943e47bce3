"""Positive PAR104: loop body computes a digest into a local, then appends a row built from it."""
import hashlib


def digest(name: str) -> str:
    h = name.encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    names = [f"ledger-{i}" for i in range(16)]
    report = []
    for n in names:
        d = digest(n)
        report.append((n, d[:8], d[-4:]))
    return report
