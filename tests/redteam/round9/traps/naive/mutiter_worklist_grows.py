"""Hazard [the body appends to the list being iterated]: a crawl's worklist `queue` grows as each page's children are appended, and the for-loop visits them too (15 pages); outlined, the map snapshots `queue` while it holds only the root, and the children are appended to the workers' copies."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def _work_item(item, queue, rounds):
    path, depth = item
    digest = stretch(path, rounds)
    if depth < 3:
        queue.append((path + "/a", depth + 1))
        queue.append((path + "/b", depth + 1))
    return (path, digest)


def main():
    queue = [("/", 0)]
    rounds = 8000
    visited = []
    with ProcessPoolExecutor() as executor:
        visited.extend(executor.map(functools.partial(_work_item, queue=queue, rounds=rounds), queue))
    return len(visited), len(queue), visited[-1]
