"""Hazard [log format with processName]: two independent loads log with %(processName)s; in a
process pool the log line names a SpawnProcess instead of MainProcess."""
import hashlib
import logging
import sys


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

logging.basicConfig(stream=sys.stderr, format="%(processName)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("boot")


def load_catalog():
    log.info("catalog loaded")
    return _work("catalog", 200000)


def load_prices():
    return _work("prices", 200000)


def main():
    catalog = load_catalog()
    prices = load_prices()
    return catalog, prices
