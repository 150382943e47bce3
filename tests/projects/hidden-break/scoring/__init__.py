"""Scores text documents: loads them from disk, then extracts a feature vector from each."""
