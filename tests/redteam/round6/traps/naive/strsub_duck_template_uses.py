"""Hazard [duck-typed template whose `format` is stateful]: `tpl.format(...)` looks like `str.format`, but `Template.format` counts its uses on the shared template; a process pool counts on copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


class Template:
    def __init__(self, fmt):
        self.fmt = fmt
        self.uses = 0

    def format(self, **fields):
        self.uses += 1
        return self.fmt.format(**fields)


def render(tpl, user):
    line = tpl.format(name=user, plan="pro")
    return line, _work(line)


def main():
    tpl = Template("{name} is on {plan}")
    users = [f"user{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        lines = list(ex.map(render, [tpl] * len(users), users))
    return lines[:2], tpl.uses
