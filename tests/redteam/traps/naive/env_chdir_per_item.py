"""read_manifest() changes into each package directory, reads a relative path and changes back;
the working directory is process-wide, so threads change it under each other and read the wrong files."""
import os
import tempfile
import time


def read_manifest(pkg_dir):
    prev = os.getcwd()
    os.chdir(pkg_dir)
    try:
        time.sleep(0.005)  # slow network mount
        with open("MANIFEST") as f:
            return f.read()
    finally:
        os.chdir(prev)


def main():
    start = os.getcwd()
    with tempfile.TemporaryDirectory() as root:
        dirs = []
        for i in range(20):
            d = os.path.join(root, f"pkg{i}")
            os.makedirs(d)
            with open(os.path.join(d, "MANIFEST"), "w") as f:
                f.write(f"pkg{i}")
            dirs.append(d)
        try:
            import concurrent.futures
            with concurrent.futures.ThreadPoolExecutor() as ex:
                manifests = list(ex.map(read_manifest, dirs))
            ok = all(m == f"pkg{i}" for i, m in enumerate(manifests))
        except OSError:
            ok = False
    os.chdir(start)
    return "manifests verified" if ok else "manifest mismatch"
