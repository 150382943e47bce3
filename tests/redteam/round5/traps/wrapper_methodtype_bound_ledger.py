"""Hazard [module function bound to a module object with types.MethodType]: `post` is a bound method made at import time, so calling post(x) appends to the module LEDGER; workers append to theirs."""
import hashlib
import types

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Ledger:
    def __init__(self):
        self.lines = []


def _post(self, line):
    self.lines.append(line)


LEDGER = Ledger()
post = types.MethodType(_post, LEDGER)


def settle(trade):
    h = _work(trade)
    post(f"{trade}:{h}")
    return h


def main():
    trades = [f"trade{i}" for i in range(16)]
    settled = []
    for t in trades:
        settled.append(settle(t))
    return settled, len(LEDGER.lines)
