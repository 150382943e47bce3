"""The generator stages each blob in a scratch directory that its `finally` removes once it is
exhausted; Executor.map exhausts it before the workers read, so the staged files are already gone."""
import hashlib
import os
import shutil


def staged_blobs(blobs):
    os.makedirs("staging", exist_ok=True)
    try:
        for i, blob in enumerate(blobs):
            path = os.path.join("staging", f"part-{i}.bin")
            with open(path, "wb") as f:
                f.write(blob)
            yield path
    finally:
        shutil.rmtree("staging")


def digest_file(path):
    with open(path, "rb") as f:
        data = f.read()
    return hashlib.pbkdf2_hmac("sha256", data, b"stage", 4000).hex()[:8]


def main():
    blobs = [bytes([i]) * 1000 for i in range(20)]
    try:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            digests = list(ex.map(digest_file, staged_blobs(blobs)))
    except FileNotFoundError as e:
        return f"missing input: {e.filename}"
    return digests[:2]
