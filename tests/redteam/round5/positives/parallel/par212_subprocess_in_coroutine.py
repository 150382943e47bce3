"""Positive PAR212: a blocking subprocess.run inside a coroutine moved to asyncio.to_thread."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import asyncio
import subprocess
import sys


def run_tool(arg):
    out = subprocess.run([sys.executable, "-c", f"import time; time.sleep(0.08); print(len('{arg}'))"],
                         capture_output=True, text=True, check=True)
    return int(out.stdout)


async def lint(name):
    n = await asyncio.to_thread(run_tool, name)
    return name, n


async def amain():
    return await asyncio.gather(*(lint(f"module_{'x' * i}") for i in range(4)))


def main():
    return asyncio.run(amain())
