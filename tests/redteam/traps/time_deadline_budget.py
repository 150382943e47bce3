"""poll() skips endpoints once the caller's monotonic deadline has passed; sequentially the
budget runs out part-way through, in a thread pool every poll starts before the deadline."""
import itertools
import time


def poll(endpoint, deadline):
    if time.monotonic() > deadline:
        return None  # budget exhausted: report as skipped
    time.sleep(0.03)  # blocking health-check request
    return endpoint.upper()


def main():
    endpoints = [f"svc-{i}" for i in range(20)]
    deadline = time.monotonic() + 0.25
    statuses = []
    for e in endpoints:
        statuses.append(poll(e, deadline))
    skipped = sum(s is None for s in statuses)
    return "partial sweep" if skipped else "full sweep"
