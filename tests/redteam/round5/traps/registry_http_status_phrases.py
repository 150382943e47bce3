"""Hazard [stdlib table extended at run time]: main() adds vendor status codes to http.client.responses and the callee formats status lines from it; spawned workers format them as "Unknown"."""
import hashlib
import http.client

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def status_line(code):
    return f"HTTP/1.1 {code} {http.client.responses.get(code, 'Unknown')}", _work(code)


def main():
    http.client.responses.update({520: "Web Server Returned an Unknown Error", 521: "Web Server Is Down"})
    codes = [200, 404, 520, 521] * 4
    lines = [status_line(c) for c in codes]
    return [l for l, _ in lines[:4]]
