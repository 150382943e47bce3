"""Hazard [a method's loop reading `self`, which holds a lock]: `Signer.sign_all()` reads `self.key` and `self.rounds` in the body; outlined, `self` becomes an argument of the helper, and a process pool cannot pickle the signer because of its `threading.RLock`."""
import hashlib
import threading


class Signer:
    def __init__(self, key, rounds):
        self.key = key
        self.rounds = rounds
        self._lock = threading.RLock()

    def rotate(self, key):
        with self._lock:
            self.key = key

    def sign_all(self, messages):
        signed = []
        for name, body in messages:
            h = self.key + body
            for _ in range(self.rounds):
                h = hashlib.sha256(h).digest()
            signed.append((name, h.hex()[:10]))
        return signed


def main():
    signer = Signer(b"k1", 8000)
    messages = [(f"msg{i:02d}", f"payload {i}".encode()) for i in range(16)]
    try:
        signed = signer.sign_all(messages)
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
    return signed[0], len(signed)
