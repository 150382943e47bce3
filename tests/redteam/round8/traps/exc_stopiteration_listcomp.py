"""Hazard [StopIteration escaping the work]: `route(path)` finds the backend with `next(...)` and no default, so an unroutable path raises StopIteration, which the list comprehension passes to the caller's `except StopIteration`; inside `Executor.map`'s result generator it becomes RuntimeError ('generator raised StopIteration')."""
import hashlib

ROUTES = [("/api/", "api-pool"), ("/static/", "cdn"), ("/admin/", "admin-pool"), ("/auth/", "idp")]


def route(path):
    h = path.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    backend = next(b for prefix, b in ROUTES if path.startswith(prefix))
    return backend, h.hex()[:6]


def main():
    prefixes = ["/api/", "/static/", "/admin/", "/auth/"]
    requests = {f"req{i:02d}": f"{prefixes[i % 4]}item/{i}" for i in range(16)}
    requests["req11"] = "/metrics"
    try:
        plan = [route(path) for path in requests.values()]
        return "ok", len(plan)
    except StopIteration:
        return "unroutable request"
    except Exception as e:
        return f"failed: {type(e).__name__}"
