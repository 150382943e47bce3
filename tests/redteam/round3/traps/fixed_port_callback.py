"""Hazard [exclusive OS resources]: each probe listens on the same fixed callback port;
sequential probes reuse it in turn, concurrent probes fail with EADDRINUSE."""
import socket
import time

PORT = 48731


def probe(name: str) -> str:
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        srv.bind(("127.0.0.1", PORT))
        srv.listen()
        time.sleep(0.05)
        return f"{name}: ok"
    except OSError as e:
        return f"{name}: {e.strerror}"
    finally:
        srv.close()


def main():
    names = ["alpha", "beta", "gamma", "delta"]
    results = []
    for n in names:
        results.append(probe(n))
    return sum(r.endswith(": ok") for r in results), len(results)
