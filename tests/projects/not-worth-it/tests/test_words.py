from stats.words import checksum, checksums, sizes


def test_sizes_are_the_file_sizes(tmp_path):
    paths = []
    for n in range(6):
        p = tmp_path / f"f{n}.txt"
        p.write_text("x" * n)
        paths.append(str(p))
    assert sizes(paths) == [0, 1, 2, 3, 4, 5]


def test_checksums_are_per_word():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    assert checksums(words) == [checksum(w) for w in words]
    assert checksums([]) == []
