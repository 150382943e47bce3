"""Hazard [runtime stream reconfigure]: main() reconfigures stderr to ascii with errors="replace";
a warning the callee writes from a spawned worker keeps the non-ascii characters."""
import hashlib
import sys


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def check_label(label):
    if not label.isascii():
        sys.stderr.write(f"warning: non-ascii label {label}\n")
        sys.stderr.flush()
    return _work(label)


def main():
    sys.stderr.reconfigure(encoding="ascii", errors="replace")
    labels = [f"lbl{i}" for i in range(16)]
    labels[7] = "\u00fcber"
    out = []
    for lbl in labels:
        out.append(check_label(lbl))
    return out
