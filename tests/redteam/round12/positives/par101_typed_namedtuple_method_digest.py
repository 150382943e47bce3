"""Positive PAR101: `typing.NamedTuple` documents with a pure plain method `payload()` (literal defaults only) are hash-chained with `digests.append(digest(doc))`; results `(doc.name, doc.version, int)` are sorted afterwards."""
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
    digests = []
    for doc in docs:
        digests.append(digest(doc))
    return sorted(digests, key=lambda t: (t[2], t[0]))
