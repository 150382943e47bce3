"""ValidationError carries the offending re.Match for diagnostics; the worker cannot pickle the
exception, so the caller receives a pickling TypeError instead of the ValidationError it handles."""
import hashlib
import re

BAD = re.compile(r"(\d)\1\1")


class ValidationError(ValueError):
    def __init__(self, message, match):
        super().__init__(message)
        self.match = match


def validate(token):
    digest = token.encode()
    for _ in range(1500):
        digest = hashlib.sha256(digest).digest()
    text = str(int.from_bytes(digest[:8], "big"))
    m = BAD.search(text)
    if m:
        raise ValidationError(f"{token}: repeated digits", m)
    return text[:6]


def main():
    tokens = [f"tok-{i}" for i in range(2, 42)]
    try:
        checked = [validate(t) for t in tokens]
    except ValidationError as e:
        return f"invalid: {e} at {e.match.start()}"
    return checked[:3]
