"""Language quality: offline spelling, grammar, readability and jargon checks."""
