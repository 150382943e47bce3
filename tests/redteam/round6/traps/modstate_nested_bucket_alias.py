"""Hazard [module state reached through a local alias of a nested container]: `buckets = STATE['buckets']; slot = buckets[...]; slot.append(msg)` mutates a list two levels inside a module dict."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

STATE = {"buckets": [[], [], []], "version": 1}


def route(msg):
    buckets = STATE["buckets"]
    slot = buckets[len(msg) % 3]
    slot.append(msg)
    return _work(msg)


def main():
    msgs = ["m" * (i % 5 + 1) + str(i) for i in range(16)]
    out = []
    for m in msgs:
        out.append(route(m))
    return out[:2], [len(b) for b in STATE["buckets"]]
