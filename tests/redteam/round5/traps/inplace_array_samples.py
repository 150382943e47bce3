"""Hazard [in-place operator on a mutable argument]: `samples += array("d", [x])` extends the caller's array.array, and the callee returns the running mean; a pool extends copies."""
import array
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def record(x, samples):
    samples += array.array("d", [x])
    return round(sum(samples) / len(samples), 4), _work(x)


def main():
    xs = [float((i * 7) % 13) for i in range(16)]
    samples = array.array("d")
    means = [record(x, samples) for x in xs]
    return [m[0] for m in means], len(samples)
