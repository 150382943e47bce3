"""Hazard [getattr dispatch]: operations looked up with getattr(module, "op_" + name) append to a
module-level audit list; in worker processes the audit is appended to copies and stays empty."""
import hashlib
import sys


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

AUDIT = []


def op_resize(arg):
    AUDIT.append(("resize", arg))
    return _work("resize" + arg)


def op_blur(arg):
    AUDIT.append(("blur", arg))
    return _work("blur" + arg)


def op_crop(arg):
    AUDIT.append(("crop", arg))
    return _work("crop" + arg)


def main():
    names = ["resize", "blur", "crop"]
    plan = [(names[i % 3], f"img{i}") for i in range(16)]
    mod = sys.modules[__name__]
    out = []
    for name, arg in plan:
        out.append(getattr(mod, "op_" + name)(arg))
    return out, len(AUDIT)
