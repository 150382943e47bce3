"""Positive PAR104: `totals[region] = simulate(region)` over `list(Region)`, members of a module `enum.Enum` with constant tuple values, used as dict keys."""
from concurrent.futures import ProcessPoolExecutor
import enum
import hashlib


class Region(enum.Enum):
    EU_WEST = ("eu", 1)
    EU_EAST = ("eu", 2)
    US_EAST = ("us", 1)
    US_WEST = ("us", 2)
    AP_SOUTH = ("ap", 1)
    AP_NORTH = ("ap", 2)
    SA_EAST = ("sa", 1)
    AF_SOUTH = ("af", 1)
    ME_CENTRAL = ("me", 1)
    CA_CENTRAL = ("ca", 1)
    EU_NORTH = ("eu", 3)
    US_CENTRAL = ("us", 3)
    AP_EAST = ("ap", 3)
    AU_EAST = ("au", 1)
    IN_WEST = ("in", 1)
    JP_EAST = ("jp", 1)


def simulate(region: Region) -> int:
    h = f"{region.name}:{region.value}".encode()
    for _ in range(180000):
        h = hashlib.sha256(h).digest()
    return int.from_bytes(h[:2], "big") * region.value[1]


def main():
    regions = list(Region)
    totals = {}
    with ProcessPoolExecutor() as executor:
        for region, t in zip(regions, executor.map(simulate, regions)):
            totals[region] = t
    return [(r.name, t) for r, t in totals.items()]
