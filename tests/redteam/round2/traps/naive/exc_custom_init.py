"""Hazard [exception with a custom __init__]: `BadRecord(record, why)` pickles as
`BadRecord(message)` and fails to unpickle in the parent, so `except BadRecord` never
matches and the pool breaks."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class BadRecord(ValueError):
    def __init__(self, record: str, why: str):
        super().__init__(f"{record}: {why}")
        self.record = record


def check(word: str) -> str:
    h = word.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    if word.endswith("7"):
        raise BadRecord(word, "unlucky")
    return h.hex()


def run(words):
    with ProcessPoolExecutor() as ex:
        return list(ex.map(check, words))


def main():
    try:
        return run([f"w{i}" for i in range(40)])[:2]
    except BadRecord as e:
        return "bad: " + str(e)
    except Exception as e:
        return "failed: " + type(e).__name__
