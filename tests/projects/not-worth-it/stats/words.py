"""Per-item work far too cheap for a pool: the analysis proves each loop safe, the measurement
shows no pool could pay for itself."""
import os


def size_of(path):
    return os.path.getsize(path)


def sizes(paths):
    out = []
    for path in paths:
        out.append(size_of(path))
    return out


def checksum(word, rounds=3):
    total = 0
    for _ in range(rounds):
        for ch in word:
            total = (total * 31 + ord(ch)) % 1_000_003
    return total


def checksums(words):
    out = []
    for word in words:
        out.append(checksum(word))
    return out


def archive_checksums(words):
    """No test calls this one: its cost cannot be measured."""
    out = []
    for word in words:
        out.append(checksum(word, rounds=5))
    return out
