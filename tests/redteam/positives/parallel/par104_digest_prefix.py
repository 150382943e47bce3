"""Tag payloads with a short prefix of their stretched digest; PAR104 should fire on the two-statement loop body in tag_payloads."""
import concurrent.futures
import hashlib


def digest(payload, rounds=50_000):
    h = hashlib.sha256(payload.encode("utf-8")).digest()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def tag_payloads(payloads):
    with concurrent.futures.ProcessPoolExecutor() as ex:
        out = [(x, d[:8]) for x, d in zip(payloads, ex.map(digest, payloads))]
    return out


def main():
    payloads = [f"order:{i}:customer:{i * 37 % 101}" for i in range(40)]
    tagged = tag_payloads(payloads)
    print(f"tagged {len(tagged)} payloads")
    return tagged
