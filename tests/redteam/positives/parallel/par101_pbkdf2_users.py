"""Hash user passwords with PBKDF2-HMAC-SHA256 for a credential migration; PAR101 should fire on the loop in hash_all."""
import concurrent.futures
import hashlib
import itertools

ITERATIONS = 100_000


def hash_password(password, salt, iterations):
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${dk.hex()}"


def hash_all(credentials):
    users = [user for user, _ in credentials]
    passwords = [password for _, password in credentials]
    salts = [user.encode("utf-8") for user in users]
    with concurrent.futures.ProcessPoolExecutor() as ex:
        hashes = dict(zip(users, ex.map(hash_password, passwords, salts, itertools.repeat(ITERATIONS))))
    return hashes


def main():
    credentials = [(f"user{i:02d}", f"correct horse battery {i * 7919}") for i in range(24)]
    hashes = hash_all(credentials)
    print(f"migrated {len(hashes)} users")
    return sorted(hashes.items())[:3], hashlib.sha256(repr(sorted(hashes.items())).encode()).hexdigest()
