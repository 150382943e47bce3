"""Hazard [key expression registers the item; the callee looks the registration up]: `{register(name): build(name, seed) for name, seed in plugins}`; `register` stores the plugin's slot in the module-level `REGISTRY` and `build` reads `REGISTRY[name]`; the comprehension evaluates the key first, so the lookup succeeds; in a spawned worker `REGISTRY` is empty (KeyError)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


REGISTRY = {}


def register(name):
    REGISTRY[name] = len(REGISTRY)
    return f"slot{REGISTRY[name]:02d}"


def build(name, seed):
    slot = REGISTRY[name]
    return _stretch(f"{name}#{slot}#{seed}")


def make_plugins():
    names = ["auth", "billing", "cache", "dns", "email", "feeds", "geo", "health",
             "images", "jobs", "keys", "logs", "metrics", "notify", "orders", "pay"]
    return [(n, 1000 + 13 * i) for i, n in enumerate(names)]


def _helper(item):
    name, seed = item
    return build(name, seed)


def run():
    plugins = make_plugins()
    with ProcessPoolExecutor() as executor:
        items = list(plugins)
        out = dict(zip((register(name) for name, seed in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
