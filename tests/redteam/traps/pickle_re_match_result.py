"""locate() returns the re.Match of the first field in a generated record; a re.Match cannot be
pickled, so a process-pool worker cannot send the result back."""
import hashlib
import re

FIELD = re.compile(r"(?P<key>[a-f]{3})=(?P<val>\d+)")


def locate(seed):
    digest = str(seed).encode()
    parts = []
    for _ in range(1500):
        digest = hashlib.sha256(digest).digest()
    parts.append(digest.hex())
    parts.append(f" abc={seed * 17} ")
    return FIELD.search("".join(parts))


def main():
    matches = [locate(s) for s in range(20)]
    return [m.group("key") + m.group("val") for m in matches if m][:4]
