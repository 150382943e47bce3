"""Hazard [implicit current exception]: notify() called inside an except block reads the active
exception with traceback.format_exc(); a worker thread has no active exception ("NoneType: None")."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import json
import traceback


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def notify(channel):
    detail = traceback.format_exc().strip().splitlines()[-1]
    return f"{channel}: {detail} [{_work(channel)}]"


def main():
    channels = [f"ops-{i}" for i in range(16)]
    try:
        json.loads("{bad json")
    except ValueError:
        with ThreadPoolExecutor() as ex:
            notices = list(ex.map(notify, channels))
    return notices
