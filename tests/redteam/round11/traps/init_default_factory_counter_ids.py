"""Hazard [`default_factory` with process state]: `Event.ident` defaults to `field(default_factory=_next_id)`, a module `itertools.count`; events created by `record` in workers draw from the workers' counters, and the caller's next event gets id 0 instead of 16."""
import hashlib
import itertools
from dataclasses import dataclass, field

_ids = itertools.count()


def _next_id():
    return next(_ids)


@dataclass(frozen=True)
class Reading:
    sensor: str
    raw: int


@dataclass
class Event:
    sensor: str
    digest: str
    ident: int = field(default_factory=_next_id)


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def record(r: Reading) -> Event:
    return Event(r.sensor, _digest(f"{r.sensor}={r.raw}"))


def run():
    readings = [Reading(f"s{i}", i * i) for i in range(16)]
    events = []
    for r in readings:
        events.append(record(r))
    closing = Event("close", "-")
    return closing.ident, events[0].digest


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
