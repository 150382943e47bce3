"""Hazard [one list shared by several items]: the members of a team share one `history` list, and the body appends each member to it before hashing the history so far; sequentially each member sees the ones before, in workers every call gets its own copy (only itself), and the caller's lists stay empty."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def roster(n):
    teams = {t: [] for t in ("red", "blue", "green")}
    return [(f"m{i:02d}", teams[("red", "blue", "green")[i % 3]]) for i in range(n)], teams


def _work_item(item, rounds):
    member, history = item
    history.append(member)
    return (member, len(history), stretch("|".join(history), rounds))


def main():
    members, teams = roster(16)
    rounds = 8000
    badges = []
    with ProcessPoolExecutor() as executor:
        badges.extend(executor.map(functools.partial(_work_item, rounds=rounds), members))
    return [b[1] for b in badges[:8]], {t: len(h) for t, h in teams.items()}
