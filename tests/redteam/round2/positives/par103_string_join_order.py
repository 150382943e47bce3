"""Concatenate per-chunk summaries in order (`report += summary(...)`)."""
import zlib


def summary(chunk: int) -> str:
    data = bytes((chunk * 31 + i * 7) % 251 for i in range(200_000))
    packed = zlib.compress(data, 9)
    return f"{chunk}:{len(packed)};"


def main():
    chunks = list(range(24))
    report = ""
    for c in chunks:
        report += summary(c)
    return report
