"""A tiny mirror: fetches pages from a server and derives keys for them."""
