"""Hazard [an open file read by the body]: each artefact's digest is written to `manifest`, a text file the function opened before the loop, and also collected; outlined, the file object becomes an argument of the helper, which a process pool cannot pickle."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def artefacts(n):
    return [(f"lib{i:02d}.so", 4096 * (i + 1)) for i in range(n)]


def run():
    rounds = 8000
    digests = []
    manifest = open("manifest.txt", "w")
    for name, size in artefacts(16):
        digest = stretch(f"{name}/{size}", rounds)
        manifest.write(f"{name} {size} {digest}\n")
        digests.append(digest)
    manifest.close()
    with open("manifest.txt") as f:
        return digests[0], len(f.readlines())


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
