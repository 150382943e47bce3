"""Each call files its key into a caller-owned sorted index with bisect.insort (in-place); in
a worker the index is a copy, so the caller's index stays empty and the range query finds nothing."""
import bisect
import hashlib


def index_document(doc, keys):
    key = hashlib.pbkdf2_hmac("sha256", doc.encode(), b"idx", 3000).hex()[:8]
    bisect.insort(keys, key)
    return key[:2]


def main():
    docs = [f"doc-{i}" for i in range(24)]
    keys = []
    import concurrent.futures
    import itertools
    with concurrent.futures.ProcessPoolExecutor() as ex:
        prefixes = set(ex.map(index_document, docs, itertools.repeat(keys)))
    lo, hi = bisect.bisect_left(keys, "4"), bisect.bisect_left(keys, "c")
    return len(prefixes), keys[lo:hi][:4]
