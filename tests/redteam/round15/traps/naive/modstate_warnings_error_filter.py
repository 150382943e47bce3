"""Hazard [warnings filter set by `run`]: `{name: load_record(name, fmt) for name, fmt in records}`; `run` turns `LegacyFormatWarning` into an error with `warnings.simplefilter("error", ...)` and `load_record` warns for the one legacy record; sequentially the warning raises; spawned workers do not inherit run-time filters, so it is only printed to stderr."""
import hashlib
from concurrent.futures import ProcessPoolExecutor
import warnings

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class LegacyFormatWarning(UserWarning):
    pass


def load_record(name, fmt):
    if fmt == "v1":
        warnings.warn(f"{name} uses the legacy v1 format", LegacyFormatWarning)
    return _stretch(f"{name}:{fmt}")


def _helper(item):
    name, fmt = item
    return load_record(name, fmt)


def run():
    warnings.simplefilter("error", LegacyFormatWarning)
    records = [(f"rec{i:02d}", "v1" if i == 9 else "v2") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        items = list(records)
        out = dict(zip((name for name, fmt in items), executor.map(_helper, items)))
    return sorted(out.items())[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
