"""Hazard [str method returning its receiver]: `clean(name)` returns `name.strip()`, which is the same object when there is nothing to strip; `run` counts results that are the input object (`r is name`) to decide what to store again; copies from a worker never are."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def clean(name):
    return name.strip(), _chain(name)


def run():
    names = [f"user{i}" if i % 3 else f" user{i} " for i in range(16)]
    with ProcessPoolExecutor() as executor:
        cleaned = list(executor.map(clean, names))
    unchanged = sum(1 for name, (c, _) in zip(names, cleaned) if c is name)
    return unchanged


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
