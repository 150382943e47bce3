"""publish() uploads one package per call and the first one fails after a slow validation;
sequentially nothing else is published, but a thread pool has already published the other 19."""
import os
import tempfile
import time


def publish(name, registry):
    if name == "core":
        time.sleep(0.2)  # validation round trip, then rejection
        raise PermissionError(f"{name}: token lacks publish scope")
    time.sleep(0.01)  # upload
    with open(os.path.join(registry, name + ".tar"), "w") as f:
        f.write(name)
    return name


def main():
    names = ["core"] + [f"plugin{i}" for i in range(19)]
    with tempfile.TemporaryDirectory() as registry:
        try:
            published = []
            for n in names:
                published.append(publish(n, registry))
        except PermissionError as e:
            print("release aborted:", e)
        return len(os.listdir(registry))
