"""Hazard [the iterable's function returns unpicklable items]: `open_shards()` writes sixteen shard files and returns them opened for reading; the work reads and closes each handle sequentially, a process pool cannot pickle a `TextIOWrapper`."""
import hashlib


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def open_shards():
    handles = []
    for i in range(16):
        path = f"shard{i}.txt"
        with open(path, "w") as f:
            f.write(f"shard {i} " * 20)
        handles.append(open(path))
    return handles


def digest(fh):
    text = fh.read()
    fh.close()
    return len(text), _work(text)


def run():
    return [digest(fh) for fh in open_shards()][:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
