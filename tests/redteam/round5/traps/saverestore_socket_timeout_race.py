"""Hazard [process-wide setting saved and restored by the callee]: probe() sets socket.setdefaulttimeout(0.5) and restores the saved default; in threads the restores interleave and the process keeps a 0.5 s default after the loop."""
import socket
import time


def probe(host):
    old = socket.getdefaulttimeout()
    socket.setdefaulttimeout(0.5)
    try:
        time.sleep(0.02)
        return host, "down"
    finally:
        socket.setdefaulttimeout(old)


def main():
    hosts = [f"10.0.0.{i}" for i in range(16)]
    results = []
    for h in hosts:
        results.append(probe(h))
    return results[:2], socket.getdefaulttimeout()
