# The package is imported from the project root (no install step).
