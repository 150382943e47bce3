"""Hazard [stdlib registry filled at run time]: main() registers a "listing" archive format with shutil.register_archive_format; spawned workers have only the built-in formats and make_archive raises ValueError."""
import hashlib
import os
import shutil

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def _listing(base_name, base_dir, **kwargs):
    out = base_name + ".lst"
    with open(out, "w") as f:
        f.write("\n".join(sorted(os.listdir(base_dir))))
    return out


def package(name):
    os.makedirs(name, exist_ok=True)
    with open(os.path.join(name, "payload.txt"), "w") as f:
        f.write(_work(name))
    return os.path.basename(shutil.make_archive(name, "listing", root_dir=".", base_dir=name))


def main():
    shutil.register_archive_format("listing", _listing, description="file listing")
    names = [f"pkg{i}" for i in range(16)]
    archives = []
    for n in names:
        archives.append(package(n))
    return archives[:3]
