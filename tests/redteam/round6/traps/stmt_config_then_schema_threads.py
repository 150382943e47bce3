"""Hazard [consecutive statements with a hidden dependency through module state]: `load_schema` reads the version `load_config` stores; run side by side in threads, the schema is chosen before the config has landed."""
import time

SETTINGS = {}


def load_config():
    time.sleep(0.3)
    SETTINGS["version"] = 3
    return "config-loaded"


def load_schema():
    version = SETTINGS.get("version", 1)
    time.sleep(0.3)
    return f"schema-v{version}"


def main():
    config = load_config()
    schema = load_schema()
    return config, schema
