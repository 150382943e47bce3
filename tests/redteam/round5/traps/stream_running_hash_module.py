"""Hazard [stateful stream object at module level]: each call feeds its block into the module-level RUNNING sha256 object, whose digest seals the batch; under a pool the workers' hashers are fed and the caller's stays empty."""
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
    outs = [process_block(b) for b in blocks]
    return outs[:2], RUNNING.hexdigest()[:16]
