"""Hazard [identity with a module constant]: services without their own policy share the module's `DEFAULT_POLICY`, and the body asks `policy is DEFAULT_POLICY` to apply the default's cheaper schedule; a policy that crossed to a worker is a copy, never the worker's own `DEFAULT_POLICY`, so every service is treated as custom."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


class Policy:
    def __init__(self, name, rounds):
        self.name = name
        self.rounds = rounds


DEFAULT_POLICY = Policy("default", 4000)


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def services(n):
    return [(f"svc{i:02d}", Policy("strict", 6000) if i % 4 == 0 else DEFAULT_POLICY) for i in range(n)]


def _work_item(item, epoch):
    name, policy = item
    custom = policy is not DEFAULT_POLICY
    rounds = policy.rounds * (2 if custom else 1)
    return (name, custom, stretch(f"{name}:{epoch}", rounds))


def main():
    epoch = 7
    tokens = []
    with ProcessPoolExecutor() as executor:
        tokens.extend(executor.map(functools.partial(_work_item, epoch=epoch), services(16)))
    return sum(c for _, c, _ in tokens), tokens[1][2]
