"""fingerprint_of() reads Doc.fingerprint, a functools.cached_property; sequentially the value is
cached on the caller's objects (and stays stale after an edit), a worker caches it on a copy."""
import functools
import hashlib


class Doc:
    def __init__(self, text):
        self.text = text

    @functools.cached_property
    def fingerprint(self):
        return hashlib.pbkdf2_hmac("sha256", self.text.encode(), b"doc", 3000).hex()[:10]


def fingerprint_of(doc):
    return doc.fingerprint


def main():
    docs = [Doc(f"chapter {i}") for i in range(20)]
    before = [fingerprint_of(d) for d in docs]
    for d in docs:
        d.text = d.text.upper()
    changed = sum(d.fingerprint != old for d, old in zip(docs, before))
    return changed
