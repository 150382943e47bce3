"""Each header line says how many data lines follow and read_block() reads them from the same
file object the loop iterates; Executor.map reads every line as a header before any block is read."""
import os
import tempfile
import time


def read_block(f, header):
    count = int(header)
    time.sleep(0.005)  # slow network file system
    return [f.readline().strip() for _ in range(count)]


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "blocks.txt")
        with open(path, "w") as out:
            for b in range(20):
                out.write(f"{1 + b % 3}\n")
                for k in range(1 + b % 3):
                    out.write(f"block{b}-line{k}\n")
        try:
            with open(path) as f:
                blocks = []
                for header in f:
                    blocks.append(read_block(f, header))
        except Exception:  # any parse/read problem: report the file as unreadable
            return "could not parse blocks file"
    return len(blocks), blocks[:2]
