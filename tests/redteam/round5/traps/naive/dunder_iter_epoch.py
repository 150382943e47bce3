"""Hazard [side effect in a module object's dunder]: `for r in RULES` calls RuleSet.__iter__, which bumps a generation counter used for cache invalidation; workers bump their own."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class RuleSet:
    def __init__(self, rules):
        self.rules = list(rules)
        self.generation = 0

    def __iter__(self):
        self.generation += 1
        return iter(self.rules)


RULES = RuleSet(["strip", "lower", "dedupe"])


def apply_rules(text):
    for r in RULES:
        text = f"{r}({text})"
    return _work(text)


def main():
    texts = [f"Doc {i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(apply_rules, texts))
    return out, RULES.generation
