"""Hazard [results shared between keys through the work's cache]: `profile_for(tier)` caches one profile dict per tier, so users of the same tier get the same dict; the caller takes one seat per user from the result, which draws on the tier's shared pool sequentially, and on separate copies (one seat each) when the results came back from workers."""
import hashlib

SEATS = {"gold": 10, "silver": 20, "bronze": 40}
_PROFILES = {}


def profile_for(tier):
    if tier not in _PROFILES:
        h = tier.encode()
        for _ in range(60000):
            h = hashlib.sha256(h).digest()
        _PROFILES[tier] = {"tier": tier, "seats": SEATS[tier], "key": h.hex()[:8]}
    return _PROFILES[tier]


def main():
    tiers = ["gold", "silver", "bronze"]
    users = {f"user{i:02d}": tiers[i % 3] for i in range(16)}
    assigned = {user: profile_for(tier) for user, tier in users.items()}
    for user in users:
        assigned[user]["seats"] -= 1
    return sorted({(p["tier"], p["seats"]) for p in assigned.values()})
