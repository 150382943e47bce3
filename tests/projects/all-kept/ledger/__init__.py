"""A tiny ledger package: checksums, weights and loading of record files."""
