"""Positive PAR102: `{f"{pkg}@{ver}": build_id(pkg, ver) for pkg, ver in sorted(pins.items())}` keyed by an f-string of both loop variables over the sorted items of a dict of 16 str to str pins; the pure callee runs 30000 iterations of PBKDF2-HMAC-SHA256 on the package salted with the version."""
import hashlib


def build_id(pkg, ver):
    return hashlib.pbkdf2_hmac("sha256", pkg.encode(), ver.encode(), 30000).hex()[:16]


def run():
    pins = {f"lib{chr(97 + i)}": f"{i % 4}.{(i * 7) % 10}.{i}" for i in range(16)}
    out = {f"{pkg}@{ver}": build_id(pkg, ver) for pkg, ver in sorted(pins.items())}
    return list(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
