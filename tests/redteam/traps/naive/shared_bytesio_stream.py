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
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        digests = list(ex.map(read_record, [buf] * 20))
    return len(set(digests)), digests[:2]
