"""Hazard [`hex` of a project class writes a file named by a global set at run time]: `digest(blob)` calls `blob.hex()`; the blobs mix `bytes` and `Blob` objects whose `hex` appends a line to the file `LOG_PATH`, which `run` sets (`global LOG_PATH`) before the batch; a spawned worker has `LOG_PATH = None` and `open(None)` raises TypeError."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


LOG_PATH = None


class Blob:
    def __init__(self, data):
        self.data = data

    def hex(self):
        with open(LOG_PATH, "a") as fh:
            fh.write(self.data[:2].hex() + "\n")
        return self.data.hex()


def digest(blob):
    return _chain(blob.hex().encode())


def run():
    global LOG_PATH
    LOG_PATH = "hex-audit.log"
    blobs = [Blob(bytes([i, i + 1, i + 2])) if i % 2 else bytes([i, i + 1]) for i in range(16)]
    digests = []
    for blob in blobs:
        digests.append(digest(blob))
    with open(LOG_PATH) as fh:
        lines = fh.read().splitlines()
    return len(lines), sum(digests)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
