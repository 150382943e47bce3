"""Hazard [items produced by a module function are generators]: `load_series()` returns one generator per series; `sum` consumes each in the loop, a process pool cannot pickle generators."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def series(k):
    return (v * k % 97 for v in range(200))


def load_series():
    return [series(k) for k in range(1, 17)]


def summarize(values):
    total = sum(values)
    return total, _work(total)


def run():
    out = []
    for s in load_series():
        out.append(summarize(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
