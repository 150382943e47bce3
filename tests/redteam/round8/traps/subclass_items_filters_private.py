"""Hazard [a dict subclass whose items() filters]: `Settings.items()` hides private entries (leading underscore) from consumers; `{k: render(v) for k, v in settings.items()}` renders only the public ones, the rewrite over `settings` and `settings.values()` (dict's own) renders the private ones too and returns them."""
import hashlib


class Settings(dict):
    def items(self):
        return [(k, v) for k, v in super().items() if not k.startswith("_")]


def load_settings():
    s = Settings()
    for i in range(16):
        key = f"_secret{i}" if i % 4 == 3 else f"opt{i:02d}"
        s[key] = f"value-{i * 17}"
    return s


def render(value):
    h = value.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return f"{value}:{h.hex()[:6]}"


def main():
    settings = load_settings()
    rendered = {k: render(v) for k, v in settings.items()}
    return len(rendered), sorted(k for k in rendered if k.startswith("_"))
