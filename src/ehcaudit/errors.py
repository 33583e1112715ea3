"""The one error type for input ehcaudit cannot use.

Every reason is a single line a person can act on; the CLI prints it and moves on to the
next file, never a traceback.
"""

from __future__ import annotations

from ehcaudit.display import display_path


class PlanReadError(Exception):
    """A file could not be read as an EHC plan (or as a document, for proofreading)."""

    def __init__(self, source: str, reason: str):
        # lazy: privacy costs 22 ms and every command imports this module; only an error needs it
        from ehcaudit.privacy import mask_file_name

        # shown and stored: a name that is not UTF-8 has its bytes escaped (ehcaudit.display), and
        # a file name holding an identifier is shown masked
        self.source = mask_file_name(display_path(source))
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{self.source}: {self.reason}")


class RubricError(Exception):
    """A rubric file is invalid. ``problems`` lists (path, reason) pairs."""

    def __init__(self, source: str, problems: list[tuple[str, str]]):
        self.source = source
        self.problems = problems
        lines = [f"{source}: {path}: {reason}" if path else f"{source}: {reason}" for path, reason in problems]
        super().__init__("\n".join(lines))
