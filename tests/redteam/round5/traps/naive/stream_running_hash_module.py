"""Hazard [stateful stream object at module level]: each call feeds its block into the module-level RUNNING sha256 object, whose digest seals the batch; under a pool the workers' hashers are fed and the caller's stays empty."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


RUNNING = hashlib.sha256()


def process_block(block):
    out = _work(block)
    RUNNING.update(out.encode())
    return out


def main():
    blocks = [f"blk{i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        outs = list(ex.map(process_block, blocks))
    return outs[:2], RUNNING.hexdigest()[:16]
