"""Hazard [a running maximum]: each run is flagged as a record when its score beats `best`, which the body then raises; outlined, `best` is passed to every call as its initial 0, so every run is flagged as a record."""
import hashlib


def score(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return int.from_bytes(h[:2], "big")


def runs(n):
    return [(f"run{i:02d}", 7 * i + 3) for i in range(n)]


def main():
    best = 0
    rounds = 8000
    board = []
    for name, seed in runs(16):
        s = score(f"{name}:{seed}", rounds)
        is_record = s > best
        if is_record:
            best = s
        board.append((name, s, is_record))
    return [name for name, _, rec in board if rec]
