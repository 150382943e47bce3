"""Hazard [items pickle but do not round-trip]: `open_channels(n)` returns the read ends of socket pairs (kept in `OPEN`); the work receives and closes each; a process pool hands the worker a duplicated descriptor (multiprocessing's socket reducer), so the caller's sockets stay open."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import socket

OPEN = []


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def open_channels(n):
    for i in range(n):
        a, b = socket.socketpair()
        a.sendall(f"payload-{i}".encode())
        a.close()
        OPEN.append(b)
    return list(OPEN)


def drain(sock):
    data = sock.recv(1024)
    sock.close()
    return data.decode(), _work(data)


def run():
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(drain, open_channels(16)))
    still_open = sum(s.fileno() != -1 for s in OPEN)
    return out[:2], still_open


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}: {e}"
