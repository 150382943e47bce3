"""Hazard [side effect in an Enum hook]: Status(code) runs Status._missing_ for unknown codes, which records them in a module list; the lookups happen in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import enum
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


UNKNOWN_CODES = []


class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404
    UNKNOWN = 0

    @classmethod
    def _missing_(cls, value):
        UNKNOWN_CODES.append(value)
        return cls.UNKNOWN


def classify(resp):
    code, body = resp
    return Status(code).name, _work(body)


def main():
    responses = [([200, 404, 418, 503][i % 4], f"body{i}") for i in range(16)]
    with ProcessPoolExecutor() as ex:
        kinds = list(ex.map(classify, responses))
    return kinds[:4], sorted(set(UNKNOWN_CODES)), len(UNKNOWN_CODES)
