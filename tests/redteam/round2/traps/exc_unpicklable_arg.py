"""Hazard [exception with an unpicklable argument]: the callee raises
`ValueError("bad record", match)` carrying an `re.Match`; a worker cannot send that
exception back, so the caller's `except ValueError` sees a pickling error instead."""
import hashlib
import re


def check(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    m = re.search(r"7$", word)
    if m:
        raise ValueError("bad record", m)
    return h.hex()


def run(words):
    out = []
    for w in words:
        out.append(check(w))
    return out


def main():
    try:
        return run([f"w{i}" for i in range(40)])[:2]
    except ValueError as e:
        return "bad: " + e.args[0] + " at " + str(e.args[1].start())
    except Exception as e:
        return "failed: " + type(e).__name__
