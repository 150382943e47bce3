"""Splits rows into batches and checksums each batch."""
