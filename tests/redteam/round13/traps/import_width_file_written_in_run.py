"""Hazard [module reads a file at import]: `WIDTHS` is loaded at import from `widths.json` when present; `run` writes a new `widths.json` (for the next start) before packing; spawned workers import the module afterwards and pack `n.to_bytes(WIDTHS["default"], "big")` with the new width."""
import hashlib
import json
import os

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def _load_widths():
    if os.path.exists("widths.json"):
        with open("widths.json") as fh:
            return json.load(fh)
    return {"default": 4}


WIDTHS = _load_widths()


def pack(n):
    return len(n.to_bytes(WIDTHS["default"], "big")), _chain(n.to_bytes(WIDTHS["default"], "big"))


def run():
    with open("widths.json", "w") as fh:
        json.dump({"default": 8}, fh)
    packed = []
    for n in range(16):
        packed.append(pack(n))
    return packed


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
