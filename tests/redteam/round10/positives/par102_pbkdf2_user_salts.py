"""Positive: stretch each (user, salt) credential pair from a literal list with PBKDF2; pure, items are plain strings."""
import hashlib

CREDENTIALS = [
    ("alice", "c0ffee"), ("bob", "deadbeef"), ("carol", "f00d"), ("dave", "beef01"),
    ("erin", "aa11"), ("frank", "bb22"), ("grace", "cc33"), ("heidi", "dd44"),
    ("ivan", "ee55"), ("judy", "ff66"), ("mallory", "0a0b"), ("oscar", "1c1d"),
]


def stretch(user, salt):
    return hashlib.pbkdf2_hmac("sha256", user.encode(), salt.encode(), 20000).hex()[:16]


def run():
    keys = [stretch(user, salt) for user, salt in CREDENTIALS]
    return keys


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
