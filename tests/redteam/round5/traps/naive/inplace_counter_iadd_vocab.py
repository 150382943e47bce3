"""Hazard [in-place operator on a mutable argument]: `vocab += Counter(tokens)` is Counter.__iadd__, updating the caller's counter, and each call reports the running top word; a pool updates per-call copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import collections
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def index_doc(doc, vocab):
    tokens = doc.split()
    vocab += collections.Counter(tokens)
    return vocab.most_common(1)[0], _work(doc)


def main():
    docs = [" ".join(f"t{(i * j) % 5}" for j in range(1, 6)) for i in range(16)]
    vocab = collections.Counter()
    with ProcessPoolExecutor() as ex:
        tops = list(ex.map(index_doc, docs, [vocab] * len(docs)))
    return tops, sum(vocab.values())
