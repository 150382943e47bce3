"""Hazard [warnings filter set at run time, warning raised by the stdlib]:
`simplefilter("error")` turns re's FutureWarning into an exception in `main` only."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import re
import warnings


def count(word: str) -> int:
    pat = re.compile("[[" + word[0] + "]")
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return len(pat.findall(h.hex()))


def main():
    warnings.simplefilter("error")
    words = [f"w{i}" for i in range(40)]
    try:
        with ProcessPoolExecutor() as ex:
            out = list(ex.map(count, words))
    except FutureWarning:
        return "rejected"
    return out[:3]
