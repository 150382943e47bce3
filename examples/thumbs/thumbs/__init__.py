"""A tiny image-catalogue package used to demonstrate parallelize."""
