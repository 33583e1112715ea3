"""Vocabulary files: words that are correct in EHC plans and are never reported as misspelt.

The bundled files (:data:`ehcaudit.language.base.BUNDLED_VOCABULARIES`, package data), the files
named in ``EHCAUDIT_VOCABULARY`` and files passed with ``--vocabulary``: one term per line, ``#``
comments, a phrase split into words.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from ehcaudit.reader.limits import MAX_VOCABULARY_BYTES, read_limited

#: Environment variable naming extra vocabulary files (separated by ``os.pathsep``).
VOCABULARY_ENV = "EHCAUDIT_VOCABULARY"


def bundled_text(name: str) -> str:
    """A data file shipped with ehcaudit (``ehcaudit/data/<name>``)."""
    return resources.files("ehcaudit").joinpath("data", name).read_text(encoding="utf-8")


def parse_vocabulary(text: str) -> list[str]:
    """Words from a vocabulary file: one term per line, ``#`` comments, phrases split into words.

    Each word is added with its plural and possessive forms (SENCos, SENCo's)."""
    words: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        for w in line.split():
            w = w.strip(".,;:()\"“”")
            if not w:
                continue
            words.append(w)
            if w[-1:].isalpha():
                words.extend((w + "s", w + "'s", w + "’s"))
    return words


def read_vocabulary_file(path: str | Path) -> list[str]:
    """A user vocabulary file; raises ``OSError``/``UnicodeDecodeError`` if unreadable."""
    return parse_vocabulary(read_limited(path, MAX_VOCABULARY_BYTES, "vocabulary").decode("utf-8-sig"))


def env_vocabulary_paths() -> list[Path]:
    raw = os.environ.get(VOCABULARY_ENV, "")
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]
