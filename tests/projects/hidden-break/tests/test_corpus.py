from unittest import mock

from scoring.corpus import load_documents


def write_docs(directory, count):
    paths = []
    for i in range(count):
        path = directory / f"doc-{i:02d}.txt"
        path.write_text(f"text of document {i}", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_load_documents_in_path_order(tmp_path):
    paths = write_docs(tmp_path, 20)
    order = list(range(19, -1, -3)) + list(range(0, 20, 3))
    assert load_documents([paths[i] for i in order]) == [f"text of document {i}" for i in order]


def test_load_documents_reads_each_path_once(tmp_path):
    paths = write_docs(tmp_path, 18)
    with mock.patch("scoring.corpus.read_document", side_effect=str.upper) as fake:
        assert load_documents(paths) == [p.upper() for p in paths]
    # threads may call in any order: only which paths were read is checked
    assert sorted(c.args[0] for c in fake.call_args_list) == sorted(paths)
