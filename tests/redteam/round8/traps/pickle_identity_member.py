"""Hazard [values tested by identity against module objects]: the tiers are module-level `Tier` instances with identity hashing and `PRIORITY = {GOLD, PLATINUM}`; `plan(tier)` asks `tier in PRIORITY`, true for the caller's objects, false for the copies a worker unpickles (and its own re-imported tiers are other objects again)."""
import hashlib


class Tier:
    def __init__(self, name, rounds):
        self.name = name
        self.rounds = rounds


PLATINUM = Tier("platinum", 20000)
GOLD = Tier("gold", 25000)
SILVER = Tier("silver", 30000)
PRIORITY = {GOLD, PLATINUM}


def plan(tier):
    fast = tier in PRIORITY
    h = tier.name.encode()
    for _ in range(tier.rounds):
        h = hashlib.sha256(h).digest()
    return ("express" if fast else "standard"), h.hex()[:6]


def main():
    tiers = [PLATINUM, GOLD, SILVER, SILVER]
    customers = {f"cust{i:02d}": tiers[i % 4] for i in range(16)}
    plans = {cust: plan(tier) for cust, tier in customers.items()}
    return [plans[f"cust{i:02d}"][0] for i in range(4)]
