"""The request id is a contextvars.ContextVar set by the caller; ThreadPoolExecutor.map does
not copy the caller's context into pool threads, so every fetched part is tagged with the default."""
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="-")


def fetch_part(n):
    time.sleep(0.01)  # blocking read from the object store
    return f"[{request_id.get()}] part {n}"


def main():
    request_id.set("req-7f3a")
    parts = []
    for n in range(20):
        parts.append(fetch_part(n))
    return parts[:2]
