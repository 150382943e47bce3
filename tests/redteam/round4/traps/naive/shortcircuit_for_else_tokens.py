"""Hazard [for-else with break]: one-time tokens are consumed until one unlocks; trying all tokens in
a pool consumes every token, leaving none for the next run."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import os


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def redeem(token):
    d = _work(token)
    os.remove(os.path.join("tokens", token))
    return token == "t06"


def main():
    os.makedirs("tokens")
    for i in range(16):
        open(os.path.join("tokens", f"t{i:02d}"), "w").close()
    toks = sorted(os.listdir("tokens"))
    with ProcessPoolExecutor() as ex:
        oks = list(ex.map(redeem, toks))
    for token, ok in zip(toks, oks):
        if ok:
            found = token
            break
    else:
        found = None
    return found, sorted(os.listdir("tokens"))
