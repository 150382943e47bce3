"""Coroutines that call a blocking project helper reading a report from a slow share; PAR212 should fire on the read in load_report."""
import asyncio
import os
import tempfile
import time


def read_report(path):
    time.sleep(0.05)  # network share round trip
    with open(path, encoding="utf-8") as f:
        return f.read()


async def load_report(path: str) -> tuple:
    text = read_report(path)
    lines = text.splitlines()
    return len(lines), lines[0] if lines else ""


async def load_all(paths):
    return await asyncio.gather(*(load_report(p) for p in paths))


def main():
    with tempfile.TemporaryDirectory() as root:
        paths = []
        for i in range(20):
            path = os.path.join(root, f"report{i:02d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(f"report {i} line {k}\n" for k in range(i + 1)))
            paths.append(path)
        reports = asyncio.run(load_all(paths))
    print(f"loaded {len(reports)} reports")
    return reports
