"""Load a config and a schema from a slow store one after the other; PAR202 should fire on the two loads in load_settings."""
import json
import os
import tempfile
import time

STORE_LATENCY = 0.15


def load_json(path):
    time.sleep(STORE_LATENCY)  # remote config store round trip
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_settings(config_path, schema_path):
    config = load_json(config_path)
    schema = load_json(schema_path)
    missing = sorted(k for k in schema["required"] if k not in config)
    return config, missing


def main():
    with tempfile.TemporaryDirectory() as root:
        config_path = os.path.join(root, "config.json")
        schema_path = os.path.join(root, "schema.json")
        with open(config_path, "w", encoding="utf-8") as f:
            json.dump({"name": "svc", "port": 8080, "debug": False}, f)
        with open(schema_path, "w", encoding="utf-8") as f:
            json.dump({"required": ["name", "port", "region"]}, f)
        config, missing = load_settings(config_path, schema_path)
    print("missing keys:", missing)
    return sorted(config.items()), missing
