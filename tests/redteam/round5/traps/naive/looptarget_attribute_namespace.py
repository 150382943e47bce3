"""Hazard [loop target is an attribute store]: `for CTX.locale in locales` assigns the module namespace's attribute on each iteration, and the callee reads CTX.locale; workers see the import-time one."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import types

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


CTX = types.SimpleNamespace(locale="en")


def translate(key):
    return key, _work(f"{CTX.locale}:{key}")


def main():
    locales = [f"l{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(translate, locales))
    return out, CTX.locale
