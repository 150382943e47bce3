"""Hazard [runtime registries: ElementTree namespaces]: the caller registers the `inv`
prefix at run time; serialised in workers, elements get the default ns0 prefix."""
import hashlib
import xml.etree.ElementTree as ET

NS = "urn:example:inventory"

def _chain(seed: str, rounds: int = 40000) -> bytes:
    h = seed.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h


def to_xml(sku: str) -> str:
    el = ET.Element(f"{{{NS}}}item", sku=sku)
    el.text = _chain(sku).hex()[:6]
    return ET.tostring(el, encoding="unicode")


def main():
    ET.register_namespace("inv", NS)
    skus = [f"sku{i}" for i in range(5)]
    return [to_xml(s) for s in skus]
