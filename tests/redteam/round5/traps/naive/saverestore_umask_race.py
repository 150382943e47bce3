"""Hazard [process-wide setting saved and restored by the callee]: write_secret() sets umask 077 and restores the saved value; in threads a call saves another call's 077 and restores it last, so files created after the loop are private."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os
import stat
import time


def write_secret(name):
    old = os.umask(0o077)
    try:
        time.sleep(0.02)
        with open(name + ".key", "w") as f:
            f.write("secret")
    finally:
        os.umask(old)
    return name


def main():
    os.umask(0o022)
    names = [f"svc{i}" for i in range(16)]
    with ThreadPoolExecutor() as ex:
        written = list(ex.map(write_secret, names))
    with open("public.txt", "w") as f:
        f.write("hello")
    return oct(stat.S_IMODE(os.stat("public.txt").st_mode)), oct(os.umask(0o022))
