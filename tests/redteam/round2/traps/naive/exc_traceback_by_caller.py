"""Hazard [traceback inspected by the caller]: the error reporter in `main` names the
function where the error was raised (`traceback.extract_tb(...)[-1].name`); through a
pool the innermost frame is in concurrent.futures."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import traceback


def check(word: str) -> int:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    if word == "x":
        raise LookupError(word)
    return h[0]


def run(words):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(check, words))


def main():
    try:
        return sum(run([str(i) for i in range(30)] + ["x"]))
    except LookupError as e:
        return "failed in " + traceback.extract_tb(e.__traceback__)[-1].name
