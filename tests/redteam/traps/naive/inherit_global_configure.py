"""configure() rebinds the module global ITERATIONS from the chosen profile at run time; a
spawned worker re-imports the module and derives every key with the import-time default."""
import hashlib

ITERATIONS = 1000


def configure(profile):
    global ITERATIONS
    ITERATIONS = {"fast": 500, "strict": 4000}[profile]


def derive_key(user):
    return hashlib.pbkdf2_hmac("sha256", user.encode(), b"tenant-salt", ITERATIONS).hex()[:16]


def main():
    configure("strict")
    users = [f"user{i:02d}@example.org" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        keys = dict(zip(users, ex.map(derive_key, users)))
    return keys[users[0]], len(set(keys.values()))
