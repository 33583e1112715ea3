"""File names and text as they are shown: never a byte the terminal would act on, never a
crash on a name that is not UTF-8.

* A file name the file system allows but that is not UTF-8 (Latin-1 ``é`` from an old file
  server) reaches Python as a ``str`` holding lone surrogates (``os.fsdecode``, PEP 383). Such
  a string cannot be written to SQLite, JSON or HTML, so everywhere a name is *shown or stored*
  it is in its display form, the undecodable bytes escaped (``caf\\xe9.docx``); the path itself
  (to open the file) is never changed.
* Control characters (ESC sequences, carriage returns, bells, C1 controls) and the Unicode
  bidirectional overrides in a file name or a plan's text would be obeyed by a terminal; in
  terminal output they are escaped (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath

# C0 controls, DEL, C1 controls, and the bidirectional embedding/override/isolate characters
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_NOT_WS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape_char(m: re.Match) -> str:
    c = m.group()
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def escape_controls(text: str, keep_whitespace: bool = False) -> str:
    """``text`` with control characters escaped (``\\x1b``); with ``keep_whitespace`` tabs
    and line breaks are kept (text printed over several lines)."""
    rx = _CONTROL_NOT_WS if keep_whitespace else _CONTROL
    return rx.sub(_escape_char, text) if rx.search(text) else text


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _escape_surrogate(m: re.Match) -> str:
    n = ord(m.group())
    return f"\\x{n - 0xDC00:02x}" if 0xDC80 <= n <= 0xDCFF else f"\\u{n:04x}"


def unescape_surrogates(text: str) -> str:
    """``text`` with lone surrogates (a file name's undecodable bytes, PEP 383) written as
    ``\\xNN`` (any other lone surrogate as ``\\uXXXX``)."""
    return _SURROGATE.sub(_escape_surrogate, text) if _SURROGATE.search(text) else text


def display_path(path: str | bytes | os.PathLike) -> str:
    """A path's display form: undecodable bytes and control characters escaped. Safe to print,
    store in SQLite, write in JSON or HTML. Never used to open the file."""
    if isinstance(path, bytes):
        text = os.fsdecode(path)
    elif isinstance(path, PurePath | os.PathLike):
        text = os.fsdecode(os.fspath(path))
    else:
        text = str(path)
    return escape_controls(unescape_surrogates(text))
