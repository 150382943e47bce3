"""The feed iterator stops once apply_record() has seen the END marker and closed the feed;
Executor.map drains the iterator before any record is applied, so the trailer garbage is processed too."""
import hashlib


class Feed:
    def __init__(self, lines):
        self.lines = lines
        self.closed = False

    def __iter__(self):
        for line in self.lines:
            if self.closed:
                return
            yield line


def apply_record(line, feed):
    if line == "END":
        feed.closed = True
        return 0
    kind, value = line.split(":")
    h = value.encode()
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
    return int(value) + h[0] % 2


def main():
    lines = [f"ADD:{i}" for i in range(18)] + ["END", "~~ trailer 7f:0c ~~", "checksum=ab12"]
    feed = Feed(lines)
    try:
        total = 0
        for line in feed:
            total += apply_record(line, feed)
    except ValueError as e:
        return f"rejected feed: {e}"
    return total
