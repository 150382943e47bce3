"""read_record() parses the next length-prefixed record from a shared io.BytesIO stream;
BytesIO pickles with its position, so each worker parses the first record again."""
import hashlib
import io
import struct


def read_record(stream):
    (size,) = struct.unpack(">H", stream.read(2))
    payload = stream.read(size)
    return hashlib.pbkdf2_hmac("sha256", payload, b"rec", 3000).hex()[:8]


def main():
    buf = io.BytesIO()
    for i in range(20):
        payload = f"record number {i}".encode()
        buf.write(struct.pack(">H", len(payload)) + payload)
    buf.seek(0)
    digests = []
    for _ in range(20):
        digests.append(read_record(buf))
    return len(set(digests)), digests[:2]
