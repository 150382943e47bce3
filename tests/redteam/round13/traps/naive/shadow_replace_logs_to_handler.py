"""Hazard [`replace` of a project class logs]: `render(t)` calls `t.replace("{name}", "world")`; `Template.replace` logs each substitution at INFO on a module logger to which `run` attaches a list-collecting handler (and sets INFO); spawned workers have neither the handler nor the level, so nothing is collected."""
import hashlib
import logging
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


log = logging.getLogger("round13.templates")


class ListHandler(logging.Handler):
    def __init__(self, sink):
        super().__init__()
        self.sink = sink

    def emit(self, record):
        self.sink.append(record.getMessage())


class Template:
    def __init__(self, text):
        self.text = text

    def replace(self, old, new):
        log.info("substituting %s in %s", old, self.text)
        return self.text.replace(old, new)


def render(t):
    return _chain(t.replace("{name}", "world").encode())


def run():
    records = []
    log.addHandler(ListHandler(records))
    log.setLevel(logging.INFO)
    log.propagate = False
    templates = [Template(f"hello {{name}} #{i}") if i % 2 else f"hi {{name}} #{i}" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        pages = list(executor.map(render, templates))
    return len(records), sum(pages)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
