"""Hazard [StopIteration raised by the body]: `next(...)` without a default finds each manifest's version field and raises StopIteration for a manifest that has none, which the caller catches; a StopIteration re-raised inside `Executor.map`'s result generator becomes RuntimeError ('generator raised StopIteration')."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def manifests(n):
    return [(f"m{i:02d}", f"name=m{i};owner=team{i % 3}" + ("" if i == 8 else f";version=2.{i}")) for i in range(n)]


def _work_item(item, rounds):
    name, text = item
    fields = text.split(";")
    version = next(f for f in fields if f.startswith("version="))
    return (name, stretch(f"{name}@{version}", rounds))


def run():
    rounds = 8000
    pinned = []
    try:
        with ProcessPoolExecutor() as executor:
            pinned.extend(executor.map(functools.partial(_work_item, rounds=rounds), manifests(16)))
    except StopIteration:
        return f"unversioned manifest after {len(pinned)} pinned"
    return len(pinned)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
