"""Hazard [`os.getpid()` in the body]: each job takes a lock file named with the process id (`NAME.<pid>.lock`), and the caller releases its own locks after the loop by globbing its pid; the locks taken by workers carry their pids, so the caller releases none and all sixteen are left behind."""
import glob
import hashlib
import os


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def jobs(n):
    return [(f"job{i:02d}", i * 11) for i in range(n)]


def main():
    lockdir = "locks"
    os.makedirs(lockdir, exist_ok=True)
    rounds = 8000
    results = []
    for name, arg in jobs(16):
        lock = os.path.join(lockdir, f"{name}.{os.getpid()}.lock")
        open(lock, "w").close()
        result = stretch(f"{name}({arg})", rounds)
        results.append((name, result))
    for lock in glob.glob(os.path.join(lockdir, f"*.{os.getpid()}.lock")):
        os.remove(lock)
    return results[0], len(os.listdir(lockdir))
