"""lookup() raises the pre-built module-level exception NOT_FOUND and the caller tells it apart
from other LookupErrors with `e is NOT_FOUND`; a worker's exception is unpickled as a new object."""
import hashlib

NOT_FOUND = LookupError("not found")


def lookup(key):
    h = key.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if key.endswith("-0"):
        raise NOT_FOUND
    return h[0]


def main():
    keys = [f"k-{i}" for i in range(20)]
    try:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            values = list(ex.map(lookup, keys))
    except LookupError as e:
        if e is NOT_FOUND:
            return "missing key: fall back to defaults"
        return f"lookup failed: {e}"
    return sum(values)
