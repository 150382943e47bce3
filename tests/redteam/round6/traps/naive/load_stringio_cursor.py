"""Hazard [items produced by a module function are streams the callee advances]: `title_digest` reads the first line of each document and the caller then reads the rest; a process pool advances pickled copies, so the caller re-reads the titles as body."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import io

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_docs():
    return [io.StringIO(f"title-{i}\nbody line {i}\n") for i in range(16)]


def title_digest(doc):
    title = doc.readline().strip()
    return title, _work(title)


def main():
    docs = load_docs()
    with ProcessPoolExecutor() as ex:
        titles = list(ex.map(title_digest, docs))
    bodies = [d.read() for d in docs]
    return titles[:2], bodies[:3]
