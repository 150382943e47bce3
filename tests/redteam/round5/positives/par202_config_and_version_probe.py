"""Positive PAR202: read a config file (slow disk) and probe a tool version with a subprocess, independently."""
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
    config = read_config("app.ini")
    version = probe_version()
    return config, version
