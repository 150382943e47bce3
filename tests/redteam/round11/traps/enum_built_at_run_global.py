"""Hazard [enum class built at run time]: `setup()` builds the `Region` enum from the configured region list and binds it to the module global; `route` looks shipments' regions up with `Region[name]`, and in a worker `Region` is still the import-time placeholder `None` (TypeError)."""
import enum
import hashlib
from dataclasses import dataclass

Region = None
CONFIGURED_REGIONS = "eu us ap"


def setup():
    global Region
    Region = enum.Enum("Region", CONFIGURED_REGIONS)


@dataclass(frozen=True)
class Shipment:
    ident: str
    region: str


def _route(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def route(s: Shipment) -> tuple:
    region = Region[s.region]
    return s.ident, region.value, _route(f"{s.ident}@{region.name}")


def run():
    setup()
    shipments = [Shipment(f"sh{i}", ("eu", "us", "ap")[i % 3]) for i in range(16)]
    routes = []
    for s in shipments:
        routes.append(route(s))
    return routes[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
