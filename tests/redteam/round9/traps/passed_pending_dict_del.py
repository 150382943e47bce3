"""Hazard [a dict the body deletes from]: `pending` holds the jobs not yet built and the body does `del pending[name]` once a job is built; the caller reports what is left pending, nothing sequentially, all sixteen jobs when the deletions happened on the workers' copies."""
import hashlib


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def jobs(n):
    return [(f"job{i:02d}", f"target-{i % 4}") for i in range(n)]


def main():
    todo = jobs(16)
    pending = dict(todo)
    rounds = 8000
    built = {}
    for name, target in todo:
        artefact = stretch(f"{name}->{target}", rounds)
        del pending[name]
        built[name] = artefact
    return built["job05"], len(built), sorted(pending)[:3]
