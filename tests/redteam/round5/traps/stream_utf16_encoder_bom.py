"""Hazard [stateful codec object passed as an argument]: a UTF-16 incremental encoder writes the byte-order mark only on its first call; each pool task gets a fresh pickled encoder and every record starts with a BOM."""
import codecs
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def encode_record(encoder, record):
    line = f"{record},{_work(record)}\n"
    return encoder.encode(line)


def main():
    records = [f"row{i}" for i in range(16)]
    encoder = codecs.getincrementalencoder("utf-16")()
    payload = []
    for r in records:
        payload.append(encode_record(encoder, r))
    blob = b"".join(payload)
    return len(blob), blob.count(codecs.BOM_UTF16_LE)
