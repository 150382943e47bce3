"""Positive PAR102: `[(item.code, checksum(item)) for item in items]` over dataclasses with a `field(compare=False)` string note that pickles like any other field; `checksum` is an iterated CRC/Adler mix."""
from concurrent.futures import ProcessPoolExecutor
import zlib
from dataclasses import dataclass, field


@dataclass
class Item:
    code: str
    size: int
    note: str = field(default="", compare=False)


def checksum(item: Item) -> int:
    data = (item.code + item.note).encode() * 64
    c = item.size
    for _ in range(72000):
        c = zlib.crc32(data, c)
        c = zlib.adler32(data[:128], c)
    return c


def main():
    items = [Item(f"code{i:02}", i * 3, note=f"checked by {'ab'[i % 2]}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        crcs = list(executor.map(checksum, items))
    sums = [(item.code, c) for item, c in zip(items, crcs)]
    return sums
