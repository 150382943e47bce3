"""Key derivation; its tests check what the sandbox lets through."""
