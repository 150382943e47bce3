"""Hazard [stdlib registry changed at run time]: `email.charset.add_charset('utf-8', QP, QP)` makes `MIMEText` use quoted-printable; spawned workers keep base64, so the rendered messages differ."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import email.charset
import hashlib
from email.mime.text import MIMEText

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def render(body):
    wire = MIMEText(body, "plain", "utf-8").as_string()
    return wire.splitlines()[2], _work(wire)


def main():
    email.charset.add_charset("utf-8", email.charset.QP, email.charset.QP, "utf-8")
    bodies = [f"Grüße aus dem Café, Bestellung {i}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        rendered = list(ex.map(render, bodies))
    return rendered
