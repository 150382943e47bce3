"""Hazard [aliased module state]: main() mutates the module-level CONFIG through a local alias; spawned
workers re-import CONFIG with the original scale and return different scores."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

CONFIG = {"scale": 1, "salt": "v1"}


def score(x: str) -> int:
    return int(_work(x + CONFIG["salt"])[:4], 16) * CONFIG["scale"]


def main():
    settings = CONFIG
    settings["scale"] = 3
    settings["salt"] = "v2"
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
