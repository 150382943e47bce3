"""Hazard [`functools.cached_property` warm-up]: the loop warms each document's `cached_property` `digest` so later reads are free; the property caches on the instance, so a worker warms its copy and `run` finds every cache cold."""
import functools
import hashlib


class Document:
    def __init__(self, name, text):
        self.name = name
        self.text = text

    @functools.cached_property
    def digest(self):
        h = self.text.encode()
        for _ in range(1500):
            h = hashlib.sha256(h).digest()
        return h.hex()[:10]


def warm(doc: Document) -> tuple:
    return doc.name, doc.digest


def run():
    docs = [Document(f"d{i}", f"text number {i}") for i in range(16)]
    warmed = []
    for d in docs:
        warmed.append(warm(d))
    cold = [d.name for d in docs if "digest" not in vars(d)]
    return len(warmed), len(cold)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
