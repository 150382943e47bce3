"""Hazard [the exception's `__cause__` read by the caller]: `parse(name, line)` raises `ParseError(...) from exc` and the caller reports the type of the underlying error; after a process pool the exception's `__cause__` is the pool's `_RemoteTraceback`, not the ValueError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class ParseError(Exception):
    pass


def parse(name, line):
    h = line.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    try:
        key, value = line.split("=")
        return key, int(value), h.hex()[:6]
    except ValueError as exc:
        raise ParseError(f"{name}: cannot parse {line!r}") from exc


def main():
    lines = {f"line{i:02d}": f"k{i}={i * 9}" for i in range(16)}
    lines["line07"] = "k7=seven"
    try:
        with ProcessPoolExecutor() as ex:
            parsed = dict(zip(lines, ex.map(parse, lines.keys(), lines.values())))
        return "ok", len(parsed)
    except ParseError as e:
        return str(e), type(e.__cause__).__name__
