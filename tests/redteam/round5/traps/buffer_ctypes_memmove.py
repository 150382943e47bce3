"""Hazard [module memory written through ctypes]: the callee copies its result into a module-level ctypes array with ctypes.memmove (no subscript or attribute store); under a pool the caller's array stays zero."""
import ctypes
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


RESULTS = (ctypes.c_uint32 * 16)()


def compute(i):
    h = _work(i)
    value = ctypes.c_uint32(int(h, 16) & 0xFFFF)
    ctypes.memmove(ctypes.addressof(RESULTS) + 4 * i, ctypes.addressof(value), 4)
    return h


def main():
    hashes = []
    for i in range(16):
        hashes.append(compute(i))
    return hashes[:2], sum(RESULTS)
