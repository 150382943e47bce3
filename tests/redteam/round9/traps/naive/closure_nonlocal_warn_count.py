"""Hazard [a nested function that rebinds a `nonlocal`]: the body calls `warn(name)`, a function nested in `run()` that counts warnings with `nonlocal warned`; outlined, `warn` must be passed to the helper, a process pool cannot pickle it (and the count would be lost on copies anyway)."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def images(n):
    return [(f"img{i:02d}.png", bytes([i % 7]) * (600 + 250 * i)) for i in range(n)]


def _work_item(item, warn, rounds):
    name, data = item
    if len(data) > 3000:
        warn(name)
    thumb = stretch(data[:512], rounds)
    return (name, thumb)


def run():
    warned = 0

    def warn(name):
        nonlocal warned
        warned += 1

    rounds = 8000
    thumbs = []
    with ProcessPoolExecutor() as executor:
        thumbs.extend(executor.map(functools.partial(_work_item, warn=warn, rounds=rounds), images(16)))
    return thumbs[0], warned


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
