"""Hazard [process-wide stream swapped across an await]: each step captures its own output with `redirect_stdout` around an await; interleaved by `gather`, the steps print into each other's buffers and leave `sys.stdout` pointing at a buffer."""
import asyncio
import contextlib
import io


async def run_step(name):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("begin", name)
        await asyncio.sleep(0.02)
        print("end", name)
    return buf.getvalue()


async def amain():
    steps = [f"step{i}" for i in range(16)]
    logs = list(await asyncio.gather(*(run_step(s) for s in steps)))
    return logs[:3]


def main():
    return asyncio.run(amain())
