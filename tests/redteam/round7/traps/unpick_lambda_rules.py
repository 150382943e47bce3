"""Hazard [the iterable's function returns unpicklable items]: `load_rules()` returns (name, lambda) pairs; the work applies each lambda sequentially, a process pool cannot pickle a lambda."""
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_rules():
    return [(f"rule{i}", lambda s, k=i: s.upper() if k % 2 else s[::-1]) for i in range(16)]


def apply(rule):
    name, fn = rule
    return name, _work(fn(name))


def run():
    out = []
    for rule in load_rules():
        out.append(apply(rule))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
