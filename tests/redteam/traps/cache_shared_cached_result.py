"""profile_for() returns the lru_cache'd profile dict, so users of one kind share one object and
the caller's later edit reaches all of them; results from workers are separate copies."""
import functools
import hashlib

KINDS = ["admin", "editor", "viewer"]


@functools.lru_cache(maxsize=None)
def load_profile(kind):
    h = kind.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return {"kind": kind, "limits": [h[0], h[1]]}


def profile_for(user):
    h = str(user).encode()
    for _ in range(1000):
        h = hashlib.sha256(h).digest()
    return load_profile(KINDS[user % 3])


def main():
    profiles = [profile_for(u) for u in range(24)]
    profiles[0]["limits"].append(999)  # grant user 0 (an admin) an extra quota
    return sum(999 in p["limits"] for p in profiles)
