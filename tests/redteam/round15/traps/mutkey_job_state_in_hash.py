"""Hazard [key object's hash changes because the callee mutates it]: `{job: execute(job) for job in jobs}`; `Job` hashes and compares on `(name, state)` and `execute` sets `state = "done"` before the key is inserted; the caller then looks results up with fresh queued `Job`s, which miss sequentially; in the naive rewrite the workers mutate copies, the caller's keys stay queued and every lookup hits."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Job:
    def __init__(self, name, seed):
        self.name = name
        self.seed = seed
        self.state = "queued"

    def __eq__(self, other):
        return isinstance(other, Job) and (self.name, self.state) == (other.name, other.state)

    def __hash__(self):
        return hash((self.name, self.state))


def execute(job):
    job.state = "done"
    return _stretch(f"{job.name}/{job.seed}")


def run():
    specs = [(f"job{i:02d}", 77 + i * 5) for i in range(16)]
    jobs = [Job(n, s) for n, s in specs]
    out = {job: execute(job) for job in jobs}
    return [out.get(Job(n, s), "missing") for n, s in specs], [j.state for j in jobs[:3]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
