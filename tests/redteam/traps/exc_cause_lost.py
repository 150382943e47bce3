"""load_config() raises ConfigError from the underlying JSONDecodeError and the caller branches
on e.__cause__; an exception from a worker gets a _RemoteTraceback as its cause instead."""
import hashlib
import json


class ConfigError(Exception):
    pass


def load_config(text):
    h = text.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    try:
        return json.loads(text)["name"]
    except json.JSONDecodeError as err:
        raise ConfigError("unreadable config") from err


def main():
    texts = [json.dumps({"name": f"svc{i}"}) for i in range(19)] + ['{"name": "svc19",}']
    try:
        names = [load_config(t) for t in texts]
    except ConfigError as e:
        if isinstance(e.__cause__, json.JSONDecodeError):
            return f"syntax error at column {e.__cause__.colno}"
        return "config rejected"
    return names[-1]
