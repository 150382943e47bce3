"""Each call snapshots a shared buffer under a caller-owned threading.Lock passed as an argument;
a lock cannot be pickled, so a process pool fails before any work runs."""
import hashlib
import threading


def checksum_region(region, lock, buffer):
    with lock:
        data = bytes(buffer[region * 256:(region + 1) * 256])
    for _ in range(1500):
        data = hashlib.sha256(data).digest()
    return data.hex()[:8]


def main():
    lock = threading.Lock()
    buffer = bytearray((i * 7 + i // 256) % 256 for i in range(256 * 20))
    try:
        sums = []
        for region in range(20):
            sums.append(checksum_region(region, lock, buffer))
    except Exception as exc:  # report, don't crash the scanner
        return f"scan failed: {exc}"
    return sums[:3]
