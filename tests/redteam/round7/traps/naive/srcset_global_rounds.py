"""Hazard [the iterable's function sets state the work reads]: `load_jobs(cfg)` stores `cfg['rounds']` in the module global `ROUNDS` before returning the job names; sequentially the work stretches each name ROUNDS times, spawned workers keep the import-time value."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

ROUNDS = 1000


def stretch(job):
    h = job.encode()
    for _ in range(ROUNDS):
        h = hashlib.sha256(h).digest()
    return job, h.hex()[:10]


def load_jobs(cfg):
    global ROUNDS
    ROUNDS = cfg["rounds"]
    return [f"{cfg['prefix']}-{i}" for i in range(cfg["count"])]


def main():
    cfg = {"prefix": "job", "count": 16, "rounds": 30000}
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(stretch, load_jobs(cfg)))
    return out[:3]
