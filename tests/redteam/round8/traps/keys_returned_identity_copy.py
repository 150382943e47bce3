"""Hazard [keys returned by the work, hashed by identity]: `calibrate(sensor, raw)` returns `(sensor, value)` pairs and `dict(...)` indexes the readings by the `Sensor` objects, which hash by identity; the caller looks its sensors up, which works sequentially and raises KeyError when the keys are copies unpickled from workers."""
import hashlib


class Sensor:
    def __init__(self, name, gain):
        self.name = name
        self.gain = gain


SENSORS = [Sensor(f"t{i:02d}", 1.0 + i / 16) for i in range(16)]


def calibrate(sensor, raw):
    h = f"{sensor.name}:{raw}".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return sensor, round(raw * sensor.gain + h[0] / 1000, 3)


def run():
    raw = {s: 20.0 + i * 0.25 for i, s in enumerate(SENSORS)}
    readings = dict(calibrate(s, r) for s, r in raw.items())
    return [readings[s] for s in SENSORS[:3]]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
