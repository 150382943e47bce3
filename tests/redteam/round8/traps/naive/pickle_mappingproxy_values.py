"""Hazard [values that do not pickle]: every site's configuration is handed out read-only as a `types.MappingProxyType`; `build(cfg)` reads it fine sequentially, a process pool cannot pickle a mappingproxy."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from types import MappingProxyType


def load_sites():
    sites = {}
    for i in range(16):
        sites[f"site{i:02d}"] = MappingProxyType({"host": f"h{i}.example.org", "workers": 2 + i % 4, "tls": i % 2 == 0})
    return sites


def build(cfg):
    h = f"{cfg['host']}:{cfg['workers']}:{cfg['tls']}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def run():
    sites = load_sites()
    with ProcessPoolExecutor() as ex:
        builds = dict(zip(sites, ex.map(build, sites.values())))
    return builds["site00"], len(builds)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
