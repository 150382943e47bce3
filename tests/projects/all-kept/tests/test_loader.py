from ledger.loader import load_records


def test_load_records_in_path_order(tmp_path):
    paths = []
    for i in range(25):
        path = tmp_path / f"record-{i:02d}.txt"
        path.write_text(f"record {i}\n", encoding="utf-8")
        paths.append(str(path))
    # deliberately not in file-name order
    order = list(range(1, 25, 2)) + list(range(0, 25, 2))
    assert load_records([paths[i] for i in order]) == [f"record {i}" for i in order]


def test_missing_file_raises(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("ok", encoding="utf-8")
    try:
        load_records([str(good), str(tmp_path / "missing.txt")])
    except FileNotFoundError as exc:
        assert "missing.txt" in str(exc)
    else:
        raise AssertionError("expected FileNotFoundError")
