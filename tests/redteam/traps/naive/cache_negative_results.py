"""convert() remembers failing inputs in a module-level negative cache so the retry pass skips
them; when the first pass runs in workers the caller's negative cache is empty and everything is retried."""
import hashlib

_FAILED = set()


def convert(name):
    if name in _FAILED:
        return None
    h = name.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if h[0] < 90:
        _FAILED.add(name)
        return None
    return h.hex()[:6]


def main():
    names = [f"asset{i}.psd" for i in range(24)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        first = list(ex.map(convert, names))
    retry = [n for n, out in zip(names, first) if out is None and n not in _FAILED]
    return sum(out is None for out in first), len(retry)
