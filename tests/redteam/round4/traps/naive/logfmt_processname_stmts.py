"""Hazard [log format with processName]: two independent loads log with %(processName)s; in a
process pool the log line names a SpawnProcess instead of MainProcess."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
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
    with ProcessPoolExecutor() as ex:
        fc, fp = ex.submit(load_catalog), ex.submit(load_prices)
        catalog, prices = fc.result(), fp.result()
    return catalog, prices
