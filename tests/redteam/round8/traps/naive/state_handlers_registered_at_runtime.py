"""Hazard [a handler table filled by registration at run time]: `main()` registers the parsers for the formats it supports (plugin style) in the module dict `HANDLERS`; `ingest(fmt, payload)` dispatches through it, which a spawned worker re-imports empty and fails with KeyError."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import json

HANDLERS = {}


def register(fmt):
    def deco(fn):
        HANDLERS[fmt] = fn
        return fn
    return deco


def parse_json(payload):
    return sorted(json.loads(payload).items())


def parse_kv(payload):
    return sorted(tuple(p.split("=")) for p in payload.split(";"))


def load_plugins():
    register("json")(parse_json)
    register("kv")(parse_kv)


def ingest(fmt, payload):
    fields = HANDLERS[fmt](payload)
    h = repr(fields).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return len(fields), h.hex()[:8]


def run():
    load_plugins()
    inbox = {}
    for i in range(16):
        inbox[f"msg{i:02d}"] = ("json", json.dumps({"id": i, "v": i * 3})) if i % 2 else ("kv", f"id={i};v={i * 3};z=1")
    with ProcessPoolExecutor() as ex:
        return dict(zip(inbox, ex.map(ingest, *zip(*inbox.values()))))["msg01"]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
