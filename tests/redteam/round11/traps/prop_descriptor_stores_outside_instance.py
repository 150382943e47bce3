"""Hazard [descriptor storing values outside the instance]: `Quota.limit` is a descriptor keeping values in a `WeakKeyDictionary` on the descriptor, not in the instance `__dict__`; pickling a `Tenant` drops the limits `run` set, so a worker sees the default."""
import hashlib
import weakref


class Quota:
    def __init__(self, default):
        self.default = default
        self.values = weakref.WeakKeyDictionary()

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.values.get(obj, self.default)

    def __set__(self, obj, value):
        self.values[obj] = value


class Tenant:
    limit = Quota(10)

    def __init__(self, name):
        self.name = name


def _usage(name, rounds=1500):
    h = name.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 40


def over_quota(t: Tenant) -> tuple:
    used = _usage(t.name)
    return t.name, max(0, used - t.limit)


def run():
    tenants = [Tenant(f"tenant{i}") for i in range(16)]
    for i, t in enumerate(tenants):
        t.limit = 20 + i
    report = []
    for t in tenants:
        report.append(over_quota(t))
    return report


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
