"""Hazard [context variable set by the caller]: `run` sets the `ContextVar` `ENCODING` to "utf-16-le"; `digest(word)` calls `word.encode(ENCODING.get())`; ThreadPoolExecutor worker threads do not run in the caller's context and see the default "utf-8"."""
import contextvars
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


ENCODING = contextvars.ContextVar("encoding", default="utf-8")


def digest(word):
    return _chain(word.encode(ENCODING.get()))


def run():
    ENCODING.set("utf-16-le")
    words = [f"naïve-{i}" for i in range(16)]
    digests = []
    for word in words:
        digests.append(digest(word))
    return digests


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
