"""Hazard [the callee annotates its item through `setdefault`]: `doc.setdefault('meta', {})['digest'] = d` writes the digest back into the caller's document; a process pool annotates copies."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def score(doc):
    d = _work(doc["text"])
    doc.setdefault("meta", {})["digest"] = d
    return d


def main():
    docs = [{"text": f"para {i}"} for i in range(16)]
    out = []
    for doc in docs:
        out.append(score(doc))
    return out[:2], docs[0]
