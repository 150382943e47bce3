"""Total of per-block checksums as `sum(f(b) for b in blocks)`."""
from concurrent.futures import ProcessPoolExecutor
import zlib


def block_crc(block: int) -> int:
    data = bytes((block + i) % 256 for i in range(300_000))
    return zlib.crc32(data) % 1000


def main():
    blocks = list(range(24))
    with ProcessPoolExecutor() as ex:
        return sum(ex.map(block_crc, blocks))
