"""Hazard [a defaultdict's factory is triggered by the work while it is iterated]: `DEPS` is a `defaultdict(list)` of direct dependencies; the work reads `DEPS[dep]` for each dependency, and a leaf package that has no entry is inserted by the factory while `{pkg: closure_sig(pkg) for pkg, _ in DEPS.items()}` iterates; sequentially that raises RuntimeError, workers insert into their copies."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
from collections import defaultdict

DEPS = defaultdict(list, {
    "app": ["web", "db"], "web": ["http", "tmpl"], "db": ["pool", "sql"], "cli": ["args"],
    "api": ["web", "auth"], "auth": ["crypto"], "jobs": ["db", "queue"], "queue": ["net"],
    "admin": ["web", "auth"], "report": ["db", "tmpl"], "sync": ["net", "db"], "mail": ["net"],
    "search": ["db", "index"], "index": ["sql"], "cache": ["net"], "metrics": ["net", "sql"],
})


def closure_sig(pkg):
    second = []
    for dep in DEPS[pkg]:
        second.extend(DEPS[dep])
    h = (pkg + ":" + ",".join(sorted(second))).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return len(second), h.hex()[:8]


def signatures():
    with ProcessPoolExecutor() as ex:
        return dict(zip(DEPS, ex.map(closure_sig, DEPS.keys())))


def main():
    try:
        sigs = signatures()
        return "ok", sigs["app"][0], len(DEPS)
    except Exception as e:
        return f"failed: {type(e).__name__}", len(DEPS)
