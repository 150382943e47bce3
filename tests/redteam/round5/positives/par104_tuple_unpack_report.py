"""Positive PAR104: a loop body of several statements over (name, payload) pairs building a dict."""
import hashlib


def stretch(data):
    h = data
    for _ in range(280000):
        h = hashlib.sha256(h).digest()
    return h.hex()


def _job(name, payload):
    digest = stretch(payload)
    tag = digest[:8]
    return name, (tag, len(payload))


def main():
    jobs = [(f"artifact-{i}", bytes([i]) * (100 + i)) for i in range(16)]
    report = {}
    for name, payload in jobs:
        digest = stretch(payload)
        tag = digest[:8]
        report[name] = (tag, len(payload))
    return report
