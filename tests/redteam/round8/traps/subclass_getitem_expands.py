"""Hazard [a dict subclass whose `__getitem__` transforms values]: `Env.__getitem__` expands `${NAME}` references; `{k: digest(env[k]) for k in env}` hashes the expanded values, the rewrite `ex.map(digest, env.values())` gets dict's raw values with the references unexpanded."""
import hashlib
import re


class Env(dict):
    def __getitem__(self, key):
        value = super().__getitem__(key)
        return re.sub(r"\$\{(\w+)\}", lambda m: self[m.group(1)], value)


def load_env():
    env = Env(ROOT="/srv/app", DATA="${ROOT}/data", LOGS="${ROOT}/logs")
    for i in range(13):
        env[f"SHARD{i:02d}"] = f"${{DATA}}/shard{i:02d}" if i % 2 else f"${{LOGS}}/shard{i:02d}.log"
    return env


def digest(path):
    h = path.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return path, h.hex()[:6]


def main():
    env = load_env()
    resolved = {k: digest(env[k]) for k in env}
    return resolved["SHARD01"][0], resolved["SHARD02"][0]
