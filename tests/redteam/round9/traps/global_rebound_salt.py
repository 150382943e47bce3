"""Hazard [a module global rebound at run time before the loop]: `main()` derives the deployment's salt and rebinds the module global `SALT` (`global SALT`) before hashing the passwords, and the body reads `SALT`; a spawned worker re-imports the module and hashes with the placeholder salt of the import."""
import hashlib

SALT = b"unset"


def load_salt(deployment):
    return hashlib.sha256(deployment.encode()).digest()[:16]


def accounts(n):
    return [(f"user{i:02d}", f"hunter{i * 3}") for i in range(n)]


def main():
    global SALT
    SALT = load_salt("prod-eu-1")
    iterations = 8000
    hashes = {}
    for user, password in accounts(16):
        material = f"{user}:{password}".encode()
        key = hashlib.pbkdf2_hmac("sha256", material, SALT, iterations)
        hashes[user] = key.hex()[:16]
    return hashes["user00"], hashes["user15"]
