"""main() sets PYTHONWARNINGS=error in os.environ for the test subprocesses it launches later;
spawned workers start with that setting, so a warning that only printed in the caller becomes an exception."""
import hashlib
import os
import warnings


def resize(n):
    h = str(n).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if n == 0:
        warnings.warn("resample=NEAREST is deprecated, using BILINEAR", UserWarning)
    return h[0]


def main():
    os.environ["PYTHONWARNINGS"] = "error"  # for the pytest subprocesses started later
    try:
        sizes = [resize(n) for n in range(20)]
    except UserWarning as w:
        return f"aborted: {w}"
    return sum(sizes)
