"""Hazard [stdlib registry filled at run time]: main() adds "s3" to urllib.parse.uses_relative/uses_netloc so urljoin resolves relative keys; in spawned workers urljoin ignores the base for s3 URLs."""
import hashlib
import urllib.parse

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


BASE = "s3://bucket/reports/2024/index.json"


def resolve(rel):
    url = urllib.parse.urljoin(BASE, rel)
    return url, _work(url)


def main():
    urllib.parse.uses_relative.append("s3")
    urllib.parse.uses_netloc.append("s3")
    rels = [f"part-{i}.json" for i in range(16)]
    urls = [resolve(r) for r in rels]
    return [u for u, _ in urls[:3]]
