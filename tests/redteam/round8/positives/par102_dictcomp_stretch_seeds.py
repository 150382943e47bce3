"""Positive PAR102: dict comprehension `{name: stretch(seed) for name, seed in seeds.items()}` over a dict literal of ints."""
import hashlib


def stretch(seed):
    h = seed.to_bytes(8, "big")
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def main():
    seeds = {"north": 11, "south": 23, "east": 37, "west": 41, "up": 53, "down": 67, "left": 71, "right": 83,
             "front": 97, "back": 101, "inner": 113, "outer": 127, "top": 131, "bottom": 149, "core": 151, "rim": 163}
    table = {name: stretch(seed) for name, seed in seeds.items()}
    return table
