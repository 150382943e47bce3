"""Positive PAR101: `for name, seed in zip(names, seeds)` over a list of str and a list of int, filling `tokens[name]` with one key-stretching call that reads the str local `prefix` and the int local `rounds`."""
import hashlib


def stretch(prefix, seed, rounds):
    h = f"{prefix}{seed}".encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def main():
    names = [f"node{i:02d}" for i in range(16)]
    seeds = [i * 7919 % 1000 for i in range(16)]
    prefix = "cluster-a/"
    rounds = 12000
    tokens = {}
    for name, seed in zip(names, seeds):
        tokens[name] = stretch(prefix, seed, rounds)
    return tokens
