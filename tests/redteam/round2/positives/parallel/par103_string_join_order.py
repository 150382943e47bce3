"""Concatenate per-chunk summaries in order (`report += summary(...)`)."""
from concurrent.futures import ProcessPoolExecutor
import zlib


def summary(chunk: int) -> str:
    data = bytes((chunk * 31 + i * 7) % 251 for i in range(200_000))
    packed = zlib.compress(data, 9)
    return f"{chunk}:{len(packed)};"


def main():
    chunks = list(range(24))
    with ProcessPoolExecutor() as ex:
        report = "".join(ex.map(summary, chunks))
    return report
