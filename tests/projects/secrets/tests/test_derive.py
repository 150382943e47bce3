from vault.derive import derive, derive_all


def test_derive_all_keeps_order():
    labels = [f"tenant-{i}" for i in range(20)]
    assert derive_all(labels) == [derive(label) for label in labels]
