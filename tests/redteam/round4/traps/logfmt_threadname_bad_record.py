"""Hazard [log format with threadName]: the log format includes %(threadName)s, so the warning for
a bad record says MainThread sequentially and ThreadPoolExecutor-0_0 from a pool thread."""
import hashlib
import logging
import sys


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

logging.basicConfig(stream=sys.stderr, format="%(threadName)s %(levelname)s %(message)s", level=logging.INFO)
log = logging.getLogger("ingest")


def ingest(rec):
    if rec.startswith("!"):
        log.warning("skipping malformed record %s", rec)
        return None
    return _work(rec)


def main():
    recs = ["!rec0"] + [f"rec{i}" for i in range(1, 16)]
    return [ingest(r) for r in recs]
