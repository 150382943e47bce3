"""active_hosts() replays join/leave events into a set (add/discard) and the caller prints it
in iteration order; the set a worker sends back is rebuilt by unpickling, in a different order."""
import hashlib


def active_hosts(shard):
    h = str(shard).encode()
    active = set()
    for _ in range(1500):
        h = hashlib.sha256(h).digest()
        host = f"host-{h[0] % 97}.internal"
        if h[1] % 3:
            active.add(host)
        else:
            active.discard(host)
    return active


def main():
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        per_shard = dict(zip(range(20), ex.map(active_hosts, range(20))))
    for shard in (0, 1):
        print(shard, " ".join(list(per_shard[shard])[:6]))
    return sum(len(v) for v in per_shard.values())
