"""Hazard [second parameter is a str at one call site, a shared project object in the loop]: `render(n, fmt)` calls `fmt.format(n, n.bit_length())`; `run` first calls it with a str template, then loops with one shared `Stamp` whose `format` records its arguments in `self.history`; `run` reports the history length, 0 when workers stamp copies."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class Stamp:
    def __init__(self):
        self.history = []

    def format(self, *args):
        self.history.append(args)
        return "-".join(str(a) for a in args)


def render(n, fmt):
    return _chain(fmt.format(n, n.bit_length()).encode())


def run():
    preview = render(5, "{}:{}")
    stamp = Stamp()
    with ProcessPoolExecutor() as executor:
        rendered = list(executor.map(render, range(16), [stamp] * 16))
    return preview, len(stamp.history), sum(rendered)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
