"""Hazard [I/O statements dependent through the file system]: rotate() renames app.log away and start_log() then opens a fresh app.log; run concurrently, the header is written into the old file before it is renamed."""
import os
import time

LOG_NAME = "app.log"


def rotate(path):
    time.sleep(0.15)
    os.replace(path, path + ".1")


def start_log(name):
    with open(name, "a") as f:
        f.write("# new log\n")


def main():
    with open("app.log", "w") as f:
        f.write("old entries\n")
    rotate("app.log")
    start_log(LOG_NAME)
    with open("app.log.1") as f:
        archived = f.read()
    return archived, os.path.exists("app.log")
