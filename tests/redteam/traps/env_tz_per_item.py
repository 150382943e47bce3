"""local_time() sets TZ and calls time.tzset() for each office before formatting a timestamp
read from disk; the time zone is process-wide, so threads format with each other's zones."""
import os
import tempfile
import time


def local_time(path):
    with open(path) as f:
        zone, stamp = f.read().split()
    os.environ["TZ"] = zone
    time.tzset()
    time.sleep(0.005)  # slow storage
    return time.strftime("%H:%M", time.localtime(int(stamp)))


def main():
    zones = ["UTC0", "EST5", "JST-9", "IST-5:30"]
    saved = os.environ.get("TZ")
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i in range(20):
            p = os.path.join(d, f"office{i}")
            with open(p, "w") as f:
                f.write(f"{zones[i % 4]} 1700000000")
            paths.append(p)
        times = [local_time(p) for p in paths]
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()
    expected = ["22:13", "17:13", "07:13", "03:43"] * 5
    return "all offices consistent" if times == expected else "inconsistent office times"
