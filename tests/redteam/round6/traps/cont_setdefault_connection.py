"""Hazard [container given a connection via `setdefault`]: the context dict passed to every call gets a sqlite connection through `ctx.setdefault('db', ...)`; the work never touches it, but a process pool must pickle it."""
import hashlib
import sqlite3


def fingerprint(name, ctx):
    h = (ctx["salt"] + name).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return name, h.hex()[:8]


def run():
    ctx = {"salt": "tenant-7:"}
    ctx.setdefault("db", sqlite3.connect(":memory:"))
    names = [f"acct{i}" for i in range(16)]
    prints = []
    for n in names:
        prints.append(fingerprint(n, ctx))
    ctx["db"].close()
    return prints


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
