"""Hazard [items produced by a module function belong to an enum created at run time]: `load_levels()` builds `Level` with the functional API inside the function; its members work inline, but pickling looks up `Level` in the module and fails."""
import enum
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def load_levels():
    Level = enum.Enum("Level", "LOW MID HIGH CRIT")
    return [Level(1 + i % 4) for i in range(16)]


def rate(level):
    return level.name, _work(level.name * level.value)


def run():
    rated = []
    for lv in load_levels():
        rated.append(rate(lv))
    return rated


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
