"""Hazard [key disambiguated against a set the callee fills]: `{slug(title): publish(title, body) for title, body in posts}`; `slug` appends `-2`, `-3` while the slug is in the module-level `TAKEN` set and `publish` adds the post's slug to it; sequentially repeated titles get distinct keys; in the naive rewrite `TAKEN` stays empty in the caller, so repeated titles collapse into one entry (last value wins)."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


TAKEN = set()


def slug(title):
    base = "-".join(title.lower().split())
    s, n = base, 1
    while s in TAKEN:
        n += 1
        s = f"{base}-{n}"
    return s


def publish(title, body):
    TAKEN.add(slug(title))
    return _stretch(body)


def run():
    titles = ["Release Notes", "Hello World", "Release Notes", "Roadmap", "Hello World", "Q3 Review",
              "Release Notes", "Hiring", "Roadmap", "Outage Report", "Release Notes", "Hello World",
              "Q4 Review", "Outage Report", "Hiring", "Release Notes"]
    posts = [(t, f"body {i} of {t}") for i, t in enumerate(titles)]
    out = {slug(title): publish(title, body) for title, body in posts}
    return len(out), sorted(out)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
