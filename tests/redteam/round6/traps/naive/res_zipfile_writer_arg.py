"""Hazard [zip archive writer passed as an argument]: each call adds a member to the caller's `ZipFile`; the archive holds a lock and cannot be pickled for a process pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import io
import zipfile

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def add_member(zf, name):
    d = _work(name)
    zf.writestr(zipfile.ZipInfo(name + ".txt", (1980, 1, 1, 0, 0, 0)), d)
    return d


def run():
    buf = io.BytesIO()
    names = [f"part{i}" for i in range(16)]
    with zipfile.ZipFile(buf, "w") as zf:
        with ProcessPoolExecutor() as ex:
            out = list(ex.map(add_member, [zf] * len(names), names))
        members = len(zf.namelist())
    return out[:2], members


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
