"""Each call pulls its next batch of rows from one shared iterator passed as an argument;
a process pool pickles the list iterator with its position per item, so every batch is the same first batch."""
import hashlib
import itertools


def next_batch(batch_no, rows):
    batch = list(itertools.islice(rows, 5))
    h = repr(batch).encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return batch_no, batch[0], h.hex()[:6]


def main():
    rows = iter([f"row{i}" for i in range(100)])
    import concurrent.futures
    import itertools as _it
    with concurrent.futures.ProcessPoolExecutor() as ex:
        batches = list(ex.map(next_batch, range(20), _it.repeat(rows)))
    return [first for _, first, _ in batches[:4]]
