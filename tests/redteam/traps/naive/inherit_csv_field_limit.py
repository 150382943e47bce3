"""main() raises csv.field_size_limit for exports that embed large blobs; spawned workers have
the default 131072-character limit and csv.reader raises csv.Error on the same rows."""
import csv
import hashlib
import io


def blob_fingerprint(export):
    digest = b""
    for row in csv.reader(io.StringIO(export)):
        digest = hashlib.sha256(digest + row[1].encode()).digest()
    for _ in range(800):
        digest = hashlib.sha256(digest).digest()
    return digest.hex()[:12]


def main():
    csv.field_size_limit(10_000_000)
    exports = [f"{k},{chr(97 + k) * (150_000 + k)}\n{k + 1},tail\n" for k in range(18)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        seen = set(ex.map(blob_fingerprint, exports))
    return len(seen), min(seen)
