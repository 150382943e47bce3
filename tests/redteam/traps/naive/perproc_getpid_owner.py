"""Artifacts record os.getpid() as their owner so the caller can keep only those it produced
(lock-file convention); in a worker the pid is the worker's, so the caller keeps none."""
import hashlib
import os


def build_artifact(n):
    digest = str(n).encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    return {"owner": os.getpid(), "digest": digest.hex()[:8]}


def main():
    me = os.getpid()
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        artifacts = list(ex.map(build_artifact, range(20)))
    mine = [a["digest"] for a in artifacts if a["owner"] == me]
    return len(mine), mine[:2]
