from reports.batching import batch_checksum, batches, checksums

ROWS = [f"row-{i}" for i in range(10)]


def test_full_batches():
    assert batches(ROWS, 5) == [ROWS[:5], ROWS[5:]]


def test_batches_cover_every_row():
    # 10 rows in batches of 4: 4 + 4 + 2
    assert batches(ROWS, 4) == [ROWS[0:4], ROWS[4:8], ROWS[8:10]]


def test_checksums_keep_batch_order():
    all_batches = [[f"r{i}", f"s{i}"] for i in range(20)]
    assert checksums(all_batches) == [batch_checksum(b) for b in all_batches]
