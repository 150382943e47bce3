"""Hazard [lambda in a record field]: `Rule.apply` holds a lambda chosen in `run` (`fn = lambda v: v * 2`); lambdas cannot be pickled, so the rules cannot reach a worker."""
import hashlib
from typing import NamedTuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Rule(NamedTuple):
    name: str
    apply: object = None


def evaluate(rule):
    return rule.name, rule.apply(_chain(rule.name))


def run():
    double = lambda v: v * 2  # noqa: E731
    rules = [Rule(f"r{i}", double) for i in range(16)]
    out = []
    for rule in rules:
        out.append(evaluate(rule))
    return out[:3]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
