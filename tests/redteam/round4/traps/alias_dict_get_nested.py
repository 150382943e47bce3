"""Hazard [aliased module state]: main() edits the nested dict obtained with REGIONS.get("eu"); workers see the import-time value."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

REGIONS = {"eu": {"vat": 20}, "us": {"vat": 0}}


def score(x: str):
    return int(_work(x)[:3], 16) * REGIONS["eu"]["vat"]


def main():
    eu = REGIONS.get("eu")
    eu["vat"] = 21
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
