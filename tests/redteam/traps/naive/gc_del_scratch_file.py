"""ScratchFile removes its file in __del__; a process pool pickles each item, the worker's copy
is garbage-collected after the call and deletes the caller's file, which the caller then reads."""
import hashlib
import os
import tempfile


class ScratchFile:
    def __init__(self, path, data):
        self.path = path
        with open(path, "wb") as f:
            f.write(data)

    def __del__(self):
        try:
            os.remove(self.path)
        except FileNotFoundError:
            pass


def digest(scratch):
    with open(scratch.path, "rb") as f:
        data = f.read()
    return hashlib.pbkdf2_hmac("sha256", data, b"scratch", 3000).hex()[:8]


def main():
    with tempfile.TemporaryDirectory() as d:
        files = [ScratchFile(os.path.join(d, f"s{i}"), bytes([i]) * 512) for i in range(20)]
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            digests = list(ex.map(digest, files))
        still_there = sum(os.path.exists(s.path) for s in files)
        del files
    return digests[:2], still_there
