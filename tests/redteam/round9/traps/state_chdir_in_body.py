"""Hazard [the body changes the working directory]: the build script enters each package's directory with `os.chdir` to build it and never goes back, so the summary the caller writes after the loop lands in the last package's directory; outlined, the workers change their own directories and the summary lands in the root."""
import hashlib
import os


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def layout(root, n):
    pkgs = []
    for i in range(n):
        path = os.path.join(root, f"pkg{i:02d}")
        os.makedirs(path, exist_ok=True)
        pkgs.append((f"pkg{i:02d}", path))
    return pkgs


def main():
    root = os.path.abspath("tree")
    rounds = 8000
    built = []
    for name, path in layout(root, 16):
        os.chdir(path)
        artefact = stretch(name, rounds)
        with open("BUILD_ID", "w") as f:
            f.write(artefact)
        built.append((name, artefact))
    with open("SUMMARY", "w") as f:
        f.write("\n".join(a for _, a in built))
    where = [d for d in sorted(os.listdir(root)) if os.path.exists(os.path.join(root, d, "SUMMARY"))]
    return len(built), where, os.path.exists(os.path.join(root, "..", "SUMMARY"))
