"""Hazard [a dict subclass whose keys() filters]: `Headers.keys()` leaves out the `x-internal-*` headers; `{k: sign(h[k]) for k in h.keys()}` signs the public headers with their own values, the rewrite `dict(zip(h.keys(), ex.map(sign, h.values())))` zips the public names with every value, shifting them past each internal header."""
import hashlib


class Headers(dict):
    def keys(self):
        return [k for k in super().keys() if not k.startswith("x-internal-")]


def load_headers():
    h = Headers()
    names = ["host", "accept", "x-internal-trace", "user-agent", "cookie", "x-internal-hop", "referer",
             "origin", "etag", "x-internal-zone", "range", "pragma", "via", "date", "link", "from"]
    for i, name in enumerate(names):
        h[name] = f"{name}-value-{i}"
    return h


def sign(value):
    h = value.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return value, h.hex()[:6]


def main():
    headers = load_headers()
    signed = {k: sign(headers[k]) for k in headers.keys()}
    return len(signed), signed["user-agent"][0], signed["from"][0]
