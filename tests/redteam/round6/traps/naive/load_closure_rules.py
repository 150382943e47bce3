"""Hazard [items produced by a module function are closures]: `load_rules()` builds each rule with a nested `def`; calling them inline works, pickling `make_rule.<locals>.rule` for a process pool fails."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def make_rule(threshold):
    def rule(text):
        return len(text) > threshold
    return rule


def load_rules():
    return [make_rule(t) for t in range(16)]


def evaluate(rule):
    sample = "order-000123"
    verdict = rule(sample)
    return verdict, _work(f"{sample}:{verdict}")


def run():
    rules = load_rules()
    with ProcessPoolExecutor() as ex:
        verdicts = list(ex.map(evaluate, rules))
    return verdicts


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
