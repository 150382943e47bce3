"""Hazard [class state mutated by a constructor]: creating a Plugin appends its name to Plugin.enabled;
the callee consults Plugin.enabled, which spawned workers see empty."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Plugin:
    enabled = []

    def __init__(self, name):
        self.name = name
        type(self).enabled.append(name)


def score(x: str) -> str:
    tag = "+".join(Plugin.enabled)
    return tag + ":" + _work(tag + x)


def main():
    plugins = [Plugin("gzip"), Plugin("sign")]
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
