"""Hazard [the work sorts the dict's values in place]: `trimmed_profile(readings)` sorts each node's list of readings before trimming; the caller then reports each node's first reading as recorded, which is the minimum after the sequential loop but the original first reading when the lists were sorted as copies in workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def load_samples():
    samples = {}
    for n in range(16):
        samples[f"node-{n:02d}"] = [((n * 37 + k * 53) % 97) / 10 for k in range(40)]
    return samples


def trimmed_profile(readings):
    readings.sort()
    core = readings[4:-4]
    h = ",".join(f"{x:.1f}" for x in core).encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return round(sum(core) / len(core), 3), h.hex()[:8]


def main():
    samples = load_samples()
    with ProcessPoolExecutor() as ex:
        profiles = dict(zip(samples, ex.map(trimmed_profile, samples.values())))
    first_recorded = {node: r[0] for node, r in samples.items()}
    return profiles["node-03"][0], [first_recorded[f"node-{n:02d}"] for n in range(5)]
