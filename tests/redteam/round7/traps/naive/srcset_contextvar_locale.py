"""Hazard [the iterable's function sets state the work reads]: `message_keys(locale)` sets the `LOCALE` context variable and returns the keys; the work renders in the caller's locale sequentially, a pool thread runs in an empty context and renders 'en'."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import contextvars
import hashlib

LOCALE = contextvars.ContextVar("LOCALE", default="en")


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def message_keys(locale):
    LOCALE.set(locale)
    return [f"msg.{i}" for i in range(16)]


def render(key):
    loc = LOCALE.get()
    return f"{loc}:{key}", _work(f"{loc}:{key}")


def main():
    with ThreadPoolExecutor() as ex:
        return list(ex.map(render, message_keys("fr")))[:3]
