"""compress() accumulates byte counts on a Stats object passed in by the caller; a worker
updates its own unpickled copy, so the caller's compression ratio is computed from zeros."""
import zlib


class Stats:
    def __init__(self):
        self.bytes_in = 0
        self.bytes_out = 0

    def ratio(self):
        return round(self.bytes_out / self.bytes_in, 4) if self.bytes_in else None


def compress(n, stats):
    data = bytes((i * n + i // 5) % 251 for i in range(60_000))
    packed = zlib.compress(data, 9)
    stats.bytes_in += len(data)
    stats.bytes_out += len(packed)
    return len(packed)


def main():
    stats = Stats()
    sizes = {}
    for n in range(20):
        sizes[n] = compress(n, stats)
    return sizes[3], stats.ratio()
