"""Hazard [the function returns a lazy map whose function sets state the work reads]: `entries(lines)` maps `_parse` over an ini text, which sets the module global `SECTION` at each header; the work qualifies each key with the current section, interleaved sequentially, unset in spawned workers."""
import hashlib

SECTION = "root"


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def _parse(line):
    global SECTION
    if line.startswith("["):
        SECTION = line.strip("[]")
        return None
    return line


def entries(lines):
    return filter(None, map(_parse, lines))


def qualify(key):
    name = f"{SECTION}.{key}"
    return name, _work(name)


def main():
    lines = []
    for s in range(4):
        lines.append(f"[sec{s}]")
        lines.extend(f"key{s}{k}" for k in range(4))
    out = [qualify(k) for k in entries(lines)]
    return [name for name, _ in out][::3]
