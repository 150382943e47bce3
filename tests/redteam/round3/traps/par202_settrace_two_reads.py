"""Hazard [per-thread trace hooks]: a tracer installed by the caller records which loaders
ran; two consecutive loads moved to threads are not traced."""
import json
import os
import sys
import tempfile
import time

TRACED = []


def _tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "load" and frame.f_globals is globals():
        TRACED.append(os.path.basename(frame.f_locals["path"]))
    return None


def load(path: str) -> dict:
    time.sleep(0.05)
    with open(path) as f:
        return json.load(f)


def main():
    d = tempfile.mkdtemp()
    for name in ("users", "orders"):
        with open(os.path.join(d, name + ".json"), "w") as f:
            json.dump({"name": name}, f)
    sys.settrace(_tracer)
    try:
        users = load(os.path.join(d, "users.json"))
        orders = load(os.path.join(d, "orders.json"))
    finally:
        sys.settrace(None)
    return users, orders, TRACED
