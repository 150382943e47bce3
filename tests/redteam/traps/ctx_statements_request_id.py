"""Three consecutive independent reads log under the caller's ContextVar request id; run as
parallel statements in a thread pool, they execute without the caller's context and log the default id."""
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="anonymous")
ACCESS_LOG = []


def fetch(resource):
    time.sleep(0.01)  # blocking call to the backend
    ACCESS_LOG.append(f"{request_id.get()} GET {resource}")
    return resource.upper()


def render_dashboard():
    profile = fetch("profile")
    orders = fetch("orders")
    prefs = fetch("prefs")
    return profile, orders, prefs


def main():
    request_id.set("req-42")
    page = render_dashboard()
    return page, sorted(ACCESS_LOG)
