"""expand() memoises into a mutable default argument (_memo={}) that the caller inspects
afterwards through expand.__defaults__; workers fill their own copies of the default."""
import hashlib


def expand(key, _memo={}):
    if key not in _memo:
        h = key.encode()
        for _ in range(2000):
            h = hashlib.sha256(h).digest()
        _memo[key] = h.hex()[:8]
    return _memo[key]


def main():
    keys = [f"k{i % 12}" for i in range(24)]
    values = [expand(k) for k in keys]
    memo = expand.__defaults__[0]
    return values[0], len(memo)
