"""Hazard [consecutive statements with a hidden dependency through a module registry]: `resolve` looks up what `register_plugins` just put in `PLUGINS`; in separate worker processes the registry is empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

PLUGINS = {}


def register_plugins():
    for name in ("csv", "json", "xml"):
        PLUGINS[name] = _work(name, 40000)
    return len(PLUGINS)


def resolve(fmt):
    key = PLUGINS.get(fmt, "missing")
    return fmt, key, _work(fmt + key, 40000)


def main():
    with ProcessPoolExecutor() as ex:
        fc = ex.submit(register_plugins)
        fp = ex.submit(resolve, "json")
        count, plugin = fc.result(), fp.result()
    return count, plugin
