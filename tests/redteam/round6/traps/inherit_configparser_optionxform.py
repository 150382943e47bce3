"""Hazard [stdlib class patched at run time]: `main` replaces `RawConfigParser.optionxform` to keep the case of keys; spawned workers parse with the default, which lower-cases them."""
import configparser
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def _keep_case(self, optionstr):
    return optionstr


def parse(text):
    cp = configparser.ConfigParser()
    cp.read_string(text)
    keys = sorted(cp["svc"])
    return keys, _work(",".join(keys))


def main():
    configparser.RawConfigParser.optionxform = _keep_case
    texts = [f"[svc]\nMaxConn = {i}\nTimeoutMs = {i * 10}\n" for i in range(16)]
    parsed = []
    for t in texts:
        parsed.append(parse(t))
    return parsed
