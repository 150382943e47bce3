import hashlib

from ledger.checksums import fingerprint, fingerprints, total_weight, weight

RECORDS = [f"2024-01-{day:02d};invoice-{day * 7};{day * 13.5:.2f} EUR" for day in range(1, 31)]


def reference_fingerprint(record):
    h = hashlib.sha256(record.encode("utf-8"))
    for _ in range(3000):
        h = hashlib.sha256(h.digest())
    return h.hexdigest()[:16]


def test_fingerprint_is_stable():
    assert fingerprint("hello") == reference_fingerprint("hello")
    assert len(fingerprint("hello")) == 16


def test_fingerprints_keep_input_order():
    assert fingerprints(RECORDS) == [reference_fingerprint(r) for r in RECORDS]


def test_fingerprints_of_reversed_input_are_reversed():
    assert fingerprints(RECORDS[::-1]) == fingerprints(RECORDS)[::-1]


def test_fingerprints_of_nothing():
    assert fingerprints([]) == []


def test_total_weight_is_the_sum_of_weights():
    assert total_weight(RECORDS) == sum(weight(r) for r in RECORDS)
    assert total_weight([]) == 0
