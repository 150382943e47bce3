"""Hazard [`__setstate__` with side effects]: a restored `Document` counts as a new revision (`__setstate__` bumps `revision`), so every copy received by a worker is stamped one revision later than the caller's document."""
import hashlib


class Document:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.revision = 1

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.revision += 1


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def stamp(doc: Document) -> tuple:
    return doc.name, f"r{doc.revision}-{_digest(doc.text)}"


def run():
    docs = [Document(f"doc{i}", f"body of document {i}") for i in range(16)]
    stamps = []
    for d in docs:
        stamps.append(stamp(d))
    return stamps[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
