"""Hazard [container filled by a helper]: `add_runtime(cfg)` stores an `RLock` in the config dict passed to every call; the loop only reads `cfg['rounds']`, but a process pool must pickle the whole dict and fails."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import threading


def add_runtime(cfg):
    cfg["rounds"] = 30000
    cfg["lock"] = threading.RLock()


def digest(name, cfg):
    h = (cfg["salt"] + name).encode()
    for _ in range(cfg["rounds"]):
        h = hashlib.sha256(h).digest()
    return name, h.hex()[:8]


def run():
    cfg = {"salt": "s1:"}
    add_runtime(cfg)
    names = [f"user{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, names, [cfg] * len(names)))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
