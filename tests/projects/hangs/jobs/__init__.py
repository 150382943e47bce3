"""A job runner whose test suite hangs (for the test-timeout e2e test)."""
