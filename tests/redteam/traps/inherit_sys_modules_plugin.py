"""main() registers an in-memory plugin module in sys.modules; a spawned worker has no such
module, so importlib.import_module() raises ModuleNotFoundError there."""
import hashlib
import importlib
import sys
import types


def risk_score(customer):
    weights = importlib.import_module("riskkit_weights").WEIGHTS
    digest = str(customer).encode()
    score = 0
    for _ in range(1500):
        digest = hashlib.sha256(digest).digest()
        score += weights[digest[0] % len(weights)]
    return score


def main():
    plugin = types.ModuleType("riskkit_weights")
    plugin.WEIGHTS = [3, 1, 4, 1, 5, 9, 2, 6]
    sys.modules["riskkit_weights"] = plugin
    worst = None
    for customer in range(20):
        s = risk_score(customer)
        worst = s if worst is None else min(worst, s)
    return worst
