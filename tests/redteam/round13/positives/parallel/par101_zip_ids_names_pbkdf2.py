"""Positive PAR101: `keys.append(derive(uid, name))` over `zip(IDS, NAMES)` (tuples of ints and strs); the pure callee runs PBKDF2-HMAC-SHA256 (40000 iterations) on `name.encode()` salted with `uid.to_bytes(4, "little")` and returns `(uid, key.hex())`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


IDS = (1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016)
NAMES = ("ada", "bea", "cal", "dan", "eli", "fin", "gia", "hugo", "ivy", "jon", "kai", "lea", "mo", "nia", "otto", "pia")


def derive(uid, name):
    key = hashlib.pbkdf2_hmac("sha256", name.encode(), uid.to_bytes(4, "little"), 40000)
    return uid, key.hex()


def run():
    with ProcessPoolExecutor() as executor:
        keys = list(executor.map(derive, IDS, NAMES))
    return keys


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
