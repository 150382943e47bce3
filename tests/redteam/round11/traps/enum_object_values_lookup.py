"""Hazard [enum values that are bare objects]: `Mode` members have `object()` values (the "values do not matter" idiom) and `pick_mode` returns a member; enums pickle by value, and the copied `object()` matches no member in the caller."""
import enum
import hashlib
from dataclasses import dataclass


class Mode(enum.Enum):
    FAST = object()
    THOROUGH = object()


@dataclass(frozen=True)
class Scan:
    path: str
    size: int


def _digest(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def pick_mode(s: Scan) -> tuple:
    suspicious = _digest(s.path)[0] > 180
    return s.path, Mode.THOROUGH if suspicious or s.size > 900 else Mode.FAST


def run():
    scans = [Scan(f"/srv/{i}", 100 * i) for i in range(16)]
    modes = []
    for s in scans:
        modes.append(pick_mode(s))
    return [(p, m.name) for p, m in modes[:6]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
