"""ParseError has a custom __init__(line, reason); an exception raised in a worker is
re-created from its args on the caller's side, which fails, so `except ParseError` never sees it."""
import hashlib


class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(f"line {line}: {reason}")
        self.line = line


def parse_line(n):
    digest = str(n).encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    if n == 13:
        raise ParseError(n, "unterminated string")
    return digest[0]


def main():
    try:
        values = [parse_line(n) for n in range(13, 33)]
    except ParseError as e:
        return f"rejected at line {e.line}"
    return sum(values)
