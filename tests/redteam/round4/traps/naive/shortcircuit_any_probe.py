"""Hazard [any() short-circuit]: any(probe(h) for h in hosts) stops at the first reachable host;
any(pool.map(probe, hosts)) probes every host and the probe log has sixteen lines instead of four."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def probe(host):
    d = _work(host)
    with open("probe.log", "a") as fh:
        fh.write(host + "\n")
    return host.endswith("-3")


def main():
    hosts = [f"mirror-{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        up = any(ex.map(probe, hosts))
    with open("probe.log") as fh:
        return up, sorted(fh.read().split())
