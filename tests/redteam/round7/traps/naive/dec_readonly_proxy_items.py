"""Hazard [a custom decorator changes what the function returns]: `@readonly` wraps each dict `load_settings()` returns in a `MappingProxyType`; the work reads them sequentially, a process pool cannot pickle a mappingproxy."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import functools
import hashlib
import types


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def readonly(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return [types.MappingProxyType(d) for d in fn(*args, **kwargs)]
    return wrapper


@readonly
def load_settings():
    return [{"key": f"opt{i}", "value": i * 11} for i in range(16)]


def fingerprint(setting):
    return setting["key"], _work(f"{setting['key']}={setting['value']}")


def run():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(fingerprint, load_settings()))
    return out[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
