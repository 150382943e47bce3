"""Hazard [stdlib module constant tuned at run time]: `main` sets `tarfile.RECORDSIZE = tarfile.BLOCKSIZE` to drop record padding; `TarFile.close` reads it at call time, spawned workers pad archives to 10 KiB."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import io
import tarfile

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def pack(name):
    buf = io.BytesIO()
    data = (name * 50).encode()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        info = tarfile.TarInfo(name + ".txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    blob = buf.getvalue()
    return len(blob), _work(blob.hex())


def main():
    tarfile.RECORDSIZE = tarfile.BLOCKSIZE
    names = [f"report{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        packed = list(ex.map(pack, names))
    return packed
