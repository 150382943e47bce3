"""Hazard [non-commutative reduction]: `chain = stamp(x) + chain` prepends, building the string newest-first; treating it as `chain += ...` over the mapped results reverses the order."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def stamp(block):
    return f"<{block}:{_work(block)}>"


def main():
    blocks = [f"blk{i}" for i in range(16)]
    chain = "<genesis>"
    for b in blocks:
        chain = stamp(b) + chain
    return chain[:60]
