"""Command-line tools (no Qt)."""
