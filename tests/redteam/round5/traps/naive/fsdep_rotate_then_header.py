"""Hazard [I/O statements dependent through the file system]: rotate() renames app.log away and start_log() then opens a fresh app.log; run concurrently, the header is written into the old file before it is renamed."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
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
    with ThreadPoolExecutor() as ex:
        f1 = ex.submit(rotate, "app.log")
        f2 = ex.submit(start_log, LOG_NAME)
        f1.result()
        f2.result()
    with open("app.log.1") as f:
        archived = f.read()
    return archived, os.path.exists("app.log")
