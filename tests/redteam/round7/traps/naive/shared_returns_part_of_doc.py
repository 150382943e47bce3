"""Hazard [the function returns part of its argument and the work mutates the items]: `sections(doc)` returns `doc['sections']`, a list of line lists; the work appends a seal line to each section, visible in `doc` sequentially but not when sealed in workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def sections(doc):
    return doc["sections"]


def seal(section):
    digest = _work("\n".join(section))
    section.append(f"-- sealed {digest}")
    return digest


def main():
    doc = {"title": "report", "sections": [[f"line {i}.{j}" for j in range(3)] for i in range(16)]}
    with ProcessPoolExecutor() as ex:
        seals = list(ex.map(seal, sections(doc)))
    return seals[:2], doc["sections"][0][-1]
