"""main() configures logging (INFO to stdout) before the loop; a spawned worker has an
unconfigured root logger, so every per-item INFO line silently disappears."""
import logging
import sys
import zlib

log = logging.getLogger(__name__)


def compress_chunk(n):
    data = bytes((i * n + i // 7) % 251 for i in range(40_000))
    packed = zlib.compress(data, 9)
    log.info("chunk %d: %d -> %d bytes", n, len(data), len(packed))
    return len(packed)


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stdout)
    sizes = []
    for n in range(20):
        sizes.append(compress_chunk(n))
    return sum(sizes)
