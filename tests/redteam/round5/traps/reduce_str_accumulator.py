"""Hazard [reduction accumulator that is not a number]: `report += render(s)` concatenates strings; the reduction rewrite `report += sum(...)` starts from 0 and raises TypeError."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def render(section):
    return f"[{section}:{_work(section)}]"


def main():
    sections = [f"s{i}" for i in range(16)]
    report = ""
    for s in sections:
        report += render(s)
    return report
