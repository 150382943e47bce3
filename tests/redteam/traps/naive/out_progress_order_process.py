"""The input generator prints a "queued" line per tile in the caller and converting tile 7 prints
a notice; sequentially the notice follows "queued tile7", with a process pool it comes out of the worker out of place."""
import hashlib


def queued(tiles):
    for t in tiles:
        print(f"queued {t}")
        yield t


def convert(tile):
    h = tile.encode()
    for _ in range(3000):
        h = hashlib.sha256(h).digest()
    if tile == "tile7":
        print(f"notice: {tile} had no alpha channel, assumed opaque")
    return h[0]


def main():
    tiles = [f"tile{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        total = sum(ex.map(convert, queued(tiles)))
    return total
