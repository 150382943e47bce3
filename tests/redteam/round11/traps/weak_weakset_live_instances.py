"""Hazard [instances registered in a WeakSet by `__init__`]: `Session.live` tracks live sessions and `admit` uses its size as the server's load; unpickled copies never run `__init__`, so a worker sees zero live sessions and admits everyone."""
import hashlib
import weakref


class Session:
    live = weakref.WeakSet()

    def __init__(self, user):
        self.user = user
        Session.live.add(self)


def _cost(user, rounds=1500):
    h = user.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 3


def admit(s: Session) -> tuple:
    load = len(Session.live)
    return s.user, "queued" if load + _cost(s.user) > 12 else "admitted"


def run():
    sessions = [Session(f"user{i}") for i in range(16)]
    decisions = []
    for s in sessions:
        decisions.append(admit(s))
    return sum(d == "admitted" for _, d in decisions)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
