"""Positive PAR212: a blocking file read + digest inside an async handler."""
import asyncio
import hashlib
import os
import tempfile
import time


def digest_file(path: str) -> str:
    time.sleep(0.05)
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:12]


async def handle(path: str) -> str:
    d = await asyncio.to_thread(digest_file, path)
    return f"sha={d}"


def main():
    p = os.path.join(tempfile.mkdtemp(), "blob")
    with open(p, "wb") as f:
        f.write(b"hello" * 1000)
    return asyncio.run(handle(p))
