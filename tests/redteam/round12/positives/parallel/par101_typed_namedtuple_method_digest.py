"""Positive PAR101: `typing.NamedTuple` documents with a pure plain method `payload()` (literal defaults only) are hash-chained with `digests.append(digest(doc))`; results `(doc.name, doc.version, int)` are sorted afterwards."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from typing import NamedTuple


class Doc(NamedTuple):
    name: str
    version: int = 1
    lang: str = "en"

    def payload(self):
        return f"{self.name}|{self.version}|{self.lang}".encode()


def digest(doc):
    h = doc.payload()
    for _ in range(60000):
        h = hashlib.sha256(h).digest()
    return doc.name, doc.version, h[0] * 256 + h[1]


def main():
    docs = [Doc(f"doc-{i:02}", 1 + i % 4, ("en", "nl", "de")[i % 3]) for i in range(17)]
    with ProcessPoolExecutor() as executor:
        digests = list(executor.map(digest, docs))
    return sorted(digests, key=lambda t: (t[2], t[0]))
