"""Hazard [float-subclass items whose `__new__` converts its argument]: `{t: assess(t) for t in temps}`; `Celsius(fahrenheit)` stores the converted value; pickle rebuilds a float subclass by calling `Celsius.__new__` with the stored (already converted) value, so the workers assess temperatures converted twice."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Celsius(float):
    def __new__(cls, fahrenheit):
        return super().__new__(cls, round((fahrenheit - 32) * 5 / 9, 2))


def assess(t):
    band = "hot" if t > 30 else "mild" if t > 10 else "cold"
    return band, _stretch(f"{float(t):.2f}")


def run():
    temps = [Celsius(f) for f in range(20, 116, 6)]
    out = {t: assess(t) for t in temps}
    return sorted((float(k), v) for k, v in out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
