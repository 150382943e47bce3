"""Hazard [container given an unpicklable value via `update`]: `options.update(schema=MappingProxyType(...))` makes the options dict passed to every call unpicklable; a process pool fails before any work runs."""
import hashlib
import types

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

SCHEMA = {"id": "int", "name": "str"}


def validate(row, options):
    ok = all(k in row for k in options["schema"]) if options["strict"] else True
    return row["id"], ok, _work(row["name"])


def run():
    rows = [{"id": i, "name": f"n{i}"} for i in range(16)]
    options = {"strict": True}
    options.update(schema=types.MappingProxyType(SCHEMA))
    checked = []
    for row in rows:
        checked.append(validate(row, options))
    return checked


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
