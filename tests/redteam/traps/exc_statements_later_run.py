"""Three consecutive uploads where the first fails after a slow check; sequentially the later
uploads never start, run as parallel statements they have already been uploaded when the failure is raised."""
import os
import tempfile
import time


def upload(bucket, name):
    if name == "manifest.json":
        time.sleep(0.1)  # server-side validation, then rejection
        raise PermissionError("manifest.json: bucket is read-only")
    time.sleep(0.01)
    with open(os.path.join(bucket, name), "w") as f:
        f.write(name)
    return name


def release(bucket):
    upload(bucket, "manifest.json")
    upload(bucket, "app.tar.gz")
    upload(bucket, "checksums.txt")


def main():
    with tempfile.TemporaryDirectory() as bucket:
        try:
            release(bucket)
        except PermissionError as e:
            print("release failed:", e)
        return sorted(os.listdir(bucket))
