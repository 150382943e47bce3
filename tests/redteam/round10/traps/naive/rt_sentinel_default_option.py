"""Hazard [copies not identical]: options use the module sentinel `DEFAULT = object()` (compared with `is`) for "use the default rounds"; a pickled copy is an anonymous object and is rejected."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

DEFAULT = object()


def options():
    return [(f"opt{i}", DEFAULT if i % 2 else 1000 + i) for i in range(16)]


def resolve(name, opt):
    if opt is DEFAULT:
        opt = 3000
    if not isinstance(opt, int):
        return "bad-option"
    return _digest(name, opt)


def _run_item(item):
    name, opt = item
    return resolve(name, opt)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, options(), chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
