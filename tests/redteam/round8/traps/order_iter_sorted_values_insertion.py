"""Hazard [the mapping's iteration and its values() disagree in order]: `Catalog` is a dict subclass whose `__iter__` yields the SKUs sorted, for stable reports; `{sku: seal(catalog[sku]) for sku in catalog}` pairs each SKU with its own price, the rewrite `dict(zip(catalog, ex.map(seal, catalog.values())))` zips the sorted SKUs with the prices in insertion order."""
import hashlib


class Catalog(dict):
    """A price list that always iterates its SKUs in sorted order."""

    def __iter__(self):
        return iter(sorted(super().__iter__()))


def build_catalog():
    catalog = Catalog()
    rows = [("m-204", 1299), ("a-017", 450), ("z-993", 7800), ("c-311", 999),
            ("k-052", 2400), ("b-140", 310), ("y-008", 15500), ("d-777", 660),
            ("q-410", 1875), ("e-019", 120), ("x-300", 9900), ("f-612", 205),
            ("p-123", 3150), ("g-845", 780), ("w-501", 4420), ("h-260", 95)]
    for sku, cents in rows:
        catalog[sku] = cents
    return catalog


def seal(cents):
    h = f"price:{cents}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return cents, h.hex()[:8]


def price_table(catalog):
    return {sku: seal(catalog[sku]) for sku in catalog}


def main():
    table = price_table(build_catalog())
    return [(sku, table[sku][0]) for sku in ("a-017", "m-204", "z-993", "h-260")]
