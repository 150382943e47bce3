"""Hazard [warnings recorded by the caller]: `main()` records the loop's warnings with `warnings.catch_warnings(record=True)` and reports them; the body warns (DeprecationWarning) for each config in the old format, which a worker process emits under its own default filters (ignored), so the caller records none."""
import hashlib
import warnings
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def configs(n):
    return [(f"svc{i:02d}.ini" if i % 5 else f"svc{i:02d}.cfg", f"port={8000 + i}") for i in range(n)]


def _work_item(item, rounds):
    name, body = item
    if name.endswith(".cfg"):
        warnings.warn(f"{name}: .cfg is deprecated", DeprecationWarning)
    digest = stretch(body, rounds)
    return (name, digest)


def main():
    rounds = 8000
    loaded = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with ProcessPoolExecutor() as executor:
            loaded.extend(executor.map(functools.partial(_work_item, rounds=rounds), configs(16)))
    return len(loaded), [str(w.message) for w in caught]
