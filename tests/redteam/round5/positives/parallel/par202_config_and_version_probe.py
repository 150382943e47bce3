"""Positive PAR202: read a config file (slow disk) and probe a tool version with a subprocess, independently."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import subprocess
import sys
import time


def read_config(path):
    time.sleep(0.1)
    with open(path) as f:
        return dict(line.strip().split("=", 1) for line in f if "=" in line)


def probe_version():
    out = subprocess.run([sys.executable, "-c", "import time; time.sleep(0.1); print('tool 2.1')"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def main():
    with open("app.ini", "w") as f:
        f.write("host=localhost\nport=8080\n")
    with ThreadPoolExecutor() as ex:
        fc = ex.submit(read_config, "app.ini")
        fv = ex.submit(probe_version)
        config, version = fc.result(), fv.result()
    return config, version
