"""Hazard [the work removes entries from the dict the loop iterates]: `check(sid, path)` reads a session file and drops expired sessions from the module dict `SESSIONS`; the for-loop over `SESSIONS.items()` raises RuntimeError at the step after the first drop, the thread-pool rewrite snapshots the items before any work and finishes, with the expired sessions gone."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import os

SESSIONS = {}


def write_sessions(n):
    os.makedirs("sessions", exist_ok=True)
    for i in range(n):
        path = os.path.join("sessions", f"s{i:02d}.txt")
        with open(path, "w") as f:
            f.write(f"user{i}\nexpires={'0' if i in (4, 9, 13) else '9999999999'}\n" + "x" * 4000)
        SESSIONS[f"s{i:02d}"] = path


def check(sid, path):
    with open(path) as f:
        text = f.read()
    h = text.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    if "expires=0\n" in text:
        del SESSIONS[sid]
        return "expired"
    return h.hex()[:8]


def main():
    write_sessions(16)
    out = {}
    try:
        sids = list(SESSIONS)
        with ThreadPoolExecutor() as ex:
            out.update(zip(sids, ex.map(check, sids, list(SESSIONS.values()))))
        return "ok", len(out), len(SESSIONS)
    except Exception as e:
        return f"failed: {type(e).__name__}", len(out), len(SESSIONS)
