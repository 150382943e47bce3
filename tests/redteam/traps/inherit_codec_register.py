"""main() registers a project codec with codecs.register; a spawned worker re-imports the
module without running main(), so bytes.decode("xor42") raises LookupError there."""
import codecs
import hashlib


def _xor(data):
    return bytes(b ^ 42 for b in data)


def _search(name):
    if name != "xor42":
        return None
    return codecs.CodecInfo(
        name="xor42",
        encode=lambda s, errors="strict": (_xor(s.encode("latin-1")), len(s)),
        decode=lambda b, errors="strict": (_xor(bytes(b)).decode("latin-1"), len(b)),
    )


def decode_record(blob):
    text = blob.decode("xor42")
    key = hashlib.pbkdf2_hmac("sha256", text.encode(), b"records", 3000)
    return text.split(":")[0], key.hex()[:10]


def main():
    codecs.register(_search)
    blobs = [f"record-{i}:{i * i}".encode("xor42") for i in range(20)]
    records = []
    for blob in blobs:
        records.append(decode_record(blob))
    return records[:3]
