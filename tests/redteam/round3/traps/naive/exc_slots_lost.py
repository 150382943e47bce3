"""Hazard [exception pickling drops __slots__]: the ParseError keeps its line number in a
slot; pickled back from a worker only args and __dict__ survive, so the line is lost."""
from concurrent.futures import ProcessPoolExecutor
import hashlib

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


class ParseError(Exception):
    __slots__ = ("line",)

    def __init__(self, msg, line=None):
        super().__init__(msg)
        self.line = line


def parse(doc: str) -> str:
    d = _chain(doc).hex()[:8]
    if doc == "doc3":
        raise ParseError(f"unexpected token in {doc}", 7)
    return d


def main():
    docs = [f"doc{i}" for i in range(6)]
    try:
        with ProcessPoolExecutor() as ex:
            return list(ex.map(parse, docs))
    except ParseError as e:
        return f"{e} at line {e.line}"
