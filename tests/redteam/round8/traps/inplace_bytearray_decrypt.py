"""Hazard [bytearray values transformed in place]: `unseal(buf)` XOR-decrypts each record's bytearray in place (no copy of large buffers) and returns its digest; the caller then writes the buffers out as plaintext, which they are after the sequential loop and are not when the decryption ran on copies in workers."""
import hashlib

KEY = bytes(range(7, 7 + 32))


def load_sealed():
    sealed = {}
    for i in range(16):
        plain = f"record {i}: amount={i * 125} currency=EUR ".encode() * 8
        sealed[f"r{i:02d}"] = bytearray(b ^ KEY[j % 32] for j, b in enumerate(plain))
    return sealed


def unseal(buf):
    for j in range(len(buf)):
        buf[j] ^= KEY[j % 32]
    h = bytes(buf)
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    sealed = load_sealed()
    digests = [unseal(buf) for _, buf in sealed.items()]
    return digests[:2], bytes(sealed["r03"][:24]).decode("latin-1")
