from unittest import mock

from thumbs.fetch import download_sources


def fake_get(url, timeout):
    return mock.Mock(content=url.encode())


def test_download_sources_keeps_url_order():
    urls = [f"https://images.example/{i}.png" for i in range(20)]
    # No network in tests: requests.get is patched process-wide, so pool threads see it too.
    with mock.patch("thumbs.fetch.requests.get", side_effect=fake_get) as get:
        assert download_sources(urls) == [url.encode() for url in urls]
    assert sorted(call.args[0] for call in get.call_args_list) == sorted(urls)
