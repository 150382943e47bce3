"""Hazard [the callee annotates an ElementTree element]: `sign(el)` sets a `digest` attribute on each element of the caller's tree, which is then serialised; elements pickle, so a process pool signs copies."""
import hashlib
import xml.etree.ElementTree as ET

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def sign(el):
    d = _work(el.text)
    el.set("digest", d)
    return d


def main():
    root = ET.fromstring("<items>" + "".join(f"<item>v{i}</item>" for i in range(16)) + "</items>")
    sigs = []
    for el in root:
        sigs.append(sign(el))
    return sigs[:2], ET.tostring(root[0]).decode()
