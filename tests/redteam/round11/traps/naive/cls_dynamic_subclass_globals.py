"""Hazard [classes created at run time into module globals]: `register_kinds()` creates a `Job` subclass per configured kind with `type()` and stores it in `globals()`; `make_job` looks its class up there, and a worker's module has none of them (KeyError)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass

KINDS = ("build", "test", "deploy")


class Job:
    kind = "generic"

    def __init__(self, name):
        self.name = name


def register_kinds():
    for kind in KINDS:
        globals()[kind.title() + "Job"] = type(kind.title() + "Job", (Job,), {"kind": kind, "__module__": __name__})


@dataclass(frozen=True)
class Spec:
    name: str
    kind: str


def _ident(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def make_job(spec: Spec) -> tuple:
    job = globals()[spec.kind.title() + "Job"](spec.name)
    return job.name, job.kind, _ident(spec.name)


def run():
    register_kinds()
    specs = [Spec(f"job{i}", KINDS[i % 3]) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        jobs = list(executor.map(make_job, specs))
    return jobs[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
