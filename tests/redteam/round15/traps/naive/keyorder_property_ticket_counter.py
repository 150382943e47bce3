"""Hazard [key property bumps a class counter the callee reads]: `{r.ticket: triage(r) for r in requests}`; `Request.ticket` issues a ticket number from the class attribute `Desk.issued`, and `triage` weighs the backlog with `Desk.issued`; sequentially each value sees its own ticket already issued (1..16); in a spawned worker `Desk.issued` is 0 for every request."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Desk:
    issued = 0


class Request:
    def __init__(self, user, seed):
        self.user = user
        self.seed = seed

    @property
    def ticket(self):
        Desk.issued += 1
        return f"T{Desk.issued:03d}-{self.user}"


def triage(req):
    backlog = Desk.issued
    return _stretch(f"{req.user}:{req.seed}:{backlog}")


def run():
    requests = [Request(u, 40 + 7 * i) for i, u in enumerate(
        ["ana", "bo", "cy", "di", "ed", "flo", "gus", "hal", "ivy", "jo", "kai", "lu", "mo", "ned", "oz", "pia"])]
    with ProcessPoolExecutor() as executor:
        items = list(requests)
        out = dict(zip((r.ticket for r in items), executor.map(triage, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
