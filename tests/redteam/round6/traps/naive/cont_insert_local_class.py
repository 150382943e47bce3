"""Hazard [container given an instance of a local class via `insert`]: a header object whose class is defined inside `main` is inserted before the rows; `str()` works sequentially, pickling a local class fails."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def encode_row(row):
    text = str(row)
    return text, _work(text)


def run():
    class Header:
        text = "id,name,total"

        def __str__(self):
            return self.text

    rows = [f"{i},item{i},{i * 3}" for i in range(16)]
    rows.insert(0, Header())
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(encode_row, rows))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
