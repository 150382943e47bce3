"""Hazard [runtime stream reconfigure]: main() reconfigures stdout to ascii with backslashreplace;
a notice printed by the callee in a spawned worker uses the default utf-8 stream instead."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sys
import unicodedata


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def normalize(name):
    clean = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    if clean != name:
        print(f"normalized {name} -> {clean}", flush=True)
    return clean, _work(clean)


def main():
    sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
    names = [f"user{i}" for i in range(16)]
    names[3] = "caf\u00e9"
    with ProcessPoolExecutor() as ex:
        return list(ex.map(normalize, names))
