from unittest import mock

import pytest

from scoring.features import extract, extract_all

DOCS = [f"document number {i}: " + "lorem ipsum " * (i % 4) for i in range(20)]


def test_extract_counts_vowels():
    length, vowels, digest = extract("Education")
    assert (length, vowels, len(digest)) == (9, 5, 8)


def test_extract_all_returns_one_vector_per_document_in_order():
    assert extract_all(DOCS) == [extract(d) for d in DOCS]


def test_extract_all_calls_extract_once_per_document_in_order():
    with mock.patch("scoring.features.extract", side_effect=lambda doc: len(doc)) as fake:
        result = extract_all(DOCS)
    assert result == [len(d) for d in DOCS]
    assert fake.call_args_list == [mock.call(d) for d in DOCS]


def test_extract_all_propagates_the_first_error():
    def failing(doc):
        if doc == DOCS[3]:
            raise ValueError("cannot parse document 3")
        return len(doc)

    with mock.patch("scoring.features.extract", side_effect=failing):
        with pytest.raises(ValueError, match="document 3"):
            extract_all(DOCS)
