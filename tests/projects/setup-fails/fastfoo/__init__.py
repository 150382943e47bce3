"""Token statistics; the real project builds a C accelerator against libfoo at setup."""
