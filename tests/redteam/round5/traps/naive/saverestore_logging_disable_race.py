"""Hazard [process-wide setting saved and restored by the callee]: quiet_fetch() calls logging.disable() around a noisy call and restores the previous level; in threads a call restores another's CRITICAL and later log records vanish."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import logging
import time


def quiet_fetch(url):
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        time.sleep(0.02)
        return url, 200
    finally:
        logging.disable(previous)


def main():
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    log = logging.getLogger("app")
    log.addHandler(handler)
    log.propagate = False
    urls = [f"https://mirror{i}.example/pkg" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        fetched = list(ex.map(quiet_fetch, urls))
    log.warning("fetched %d", len(fetched))
    return len(records), logging.root.manager.disable
