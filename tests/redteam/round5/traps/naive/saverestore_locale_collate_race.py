"""Hazard [process-wide setting saved and restored by the callee]: sort_names() switches LC_COLLATE to C.UTF-8 and restores the saved locale; in threads a call saves another call's C.UTF-8 and restores it last, so the process keeps it."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import locale
import time


def sort_names(batch):
    old = locale.setlocale(locale.LC_COLLATE)
    locale.setlocale(locale.LC_COLLATE, "C.UTF-8")
    try:
        time.sleep(0.02)
        return sorted(batch, key=locale.strxfrm)[0]
    finally:
        locale.setlocale(locale.LC_COLLATE, old)


def main():
    locale.setlocale(locale.LC_COLLATE, "C")
    batches = [[f"name{(i * 7 + j) % 23}" for j in range(5)] for i in range(16)]
    with ThreadPoolExecutor() as ex:
        firsts = list(ex.map(sort_names, batches))
    return firsts[:3], locale.setlocale(locale.LC_COLLATE)
