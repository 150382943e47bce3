"""Hazard [warnings recorded by the caller]: `main()` records the loop's warnings with `warnings.catch_warnings(record=True)` and reports them; the body warns (DeprecationWarning) for each config in the old format, which a worker process emits under its own default filters (ignored), so the caller records none."""
import hashlib
import warnings


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def configs(n):
    return [(f"svc{i:02d}.ini" if i % 5 else f"svc{i:02d}.cfg", f"port={8000 + i}") for i in range(n)]


def main():
    rounds = 8000
    loaded = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for name, body in configs(16):
            if name.endswith(".cfg"):
                warnings.warn(f"{name}: .cfg is deprecated", DeprecationWarning)
            digest = stretch(body, rounds)
            loaded.append((name, digest))
    return len(loaded), [str(w.message) for w in caught]
