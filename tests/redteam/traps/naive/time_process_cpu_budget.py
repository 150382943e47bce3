"""The caller measures the batch's CPU cost with time.process_time() to pick the next batch
size; work done in worker processes is not this process's CPU time, so the batch looks free."""
import hashlib
import time


def derive(user):
    return hashlib.pbkdf2_hmac("sha256", user.encode(), b"batch", 20000).hex()[:8]


def main():
    users = [f"user{i}" for i in range(20)]
    cpu0 = time.process_time()
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        keys = list(ex.map(derive, users))
    cpu = time.process_time() - cpu0
    next_batch = 20 if cpu > 0.05 else 200
    return keys[0], next_batch
