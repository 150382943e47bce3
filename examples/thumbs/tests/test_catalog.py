from thumbs.catalog import load_images


def test_load_images_keeps_path_order(tmp_path):
    paths = []
    for i in range(20):
        path = tmp_path / f"img{i:02d}.raw"
        path.write_bytes(bytes([i]) * (i + 1))
        paths.append(str(path))
    order = list(range(19, -1, -2)) + list(range(0, 20, 2))
    assert load_images([paths[i] for i in order]) == [bytes([i]) * (i + 1) for i in order]
