"""The items are open file objects (handed over by an upload layer); open files cannot be
pickled, so a process pool cannot even send the items to a worker."""
import hashlib
import os
import tempfile


def digest_stream(fh):
    data = fh.read()
    return hashlib.pbkdf2_hmac("sha256", data, b"uploads", 3000).hex()[:10]


def main():
    with tempfile.TemporaryDirectory() as d:
        handles = []
        for i in range(20):
            path = os.path.join(d, f"upload{i}.bin")
            with open(path, "wb") as f:
                f.write(bytes([i]) * 4096)
            handles.append(open(path, "rb"))
        try:
            digests = [digest_stream(fh) for fh in handles]
        except Exception as exc:  # report, don't crash the upload service
            return f"digest failed: {exc}"
        finally:
            for fh in handles:
                fh.close()
    return digests[:3]
