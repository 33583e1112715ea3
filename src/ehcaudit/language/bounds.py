"""What the proofreading engine is never given: over-long "words" and over-long blocks.

Harper's time and memory grow much faster than the length of an unknown word (a
20,000-character "word" took 4.8 s and 600 MB; 300,000 characters took 4.6 GB and aborted the
process), and every unknown word costs a dictionary search for suggestions (a 20,000-character
base64 blob, cut into "words" by its ``+`` and ``/``, took 29 s). No prose has such words: they
are pasted code, encoded images, long links or a keyboard held down. So:

* a run of more than :data:`MAX_WORD_CHARS` characters without a space is blanked (replaced by
  spaces, so every offset stays true) before the text reaches the engine;
* a block (paragraph, list item, table cell) of more than :data:`MAX_BLOCK_CHARS` characters is
  not proofread at all.

Every other word of the plan is proofread as usual, and what was left out is reported once per
plan (:func:`not_proofread`): LG-SPELLING / LG-GRAMMAR say so in a finding, ``proofread`` in a
line and in its JSON (``not_proofread``). Both limits are in the README's limits table.
"""

from __future__ import annotations

import re

#: Longest run of characters without white space that is proofread. The longest English
#: words in a dictionary have about 30 letters; a longer run is a link, code or an encoded blob.
MAX_WORD_CHARS = 50
#: Longest block (paragraph, list item or table cell) that is proofread, in characters
#: (about 16,000 words; the longest paragraph in the sample plans has about 1,500 characters).
MAX_BLOCK_CHARS = 100_000

_LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")


def blank_long_words(text: str) -> str:
    """``text`` with every run of more than :data:`MAX_WORD_CHARS` non-space characters replaced
    by as many spaces (offsets unchanged)."""
    if len(text) <= MAX_WORD_CHARS or not _LONG_RUN.search(text):
        return text
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def too_long(text: str) -> bool:
    """Whether a block is longer than :data:`MAX_BLOCK_CHARS` (not proofread at all)."""
    return len(text) > MAX_BLOCK_CHARS


def not_proofread(text: str) -> str | None:
    """Why (part of) a block is not proofread, in words, or None when all of it is."""
    if too_long(text):
        return (f"a block of {len(text):,} characters is not proofread "
                f"(longer than {MAX_BLOCK_CHARS:,})")
    if len(text) > MAX_WORD_CHARS:
        runs = [len(m.group()) for m in _LONG_RUN.finditer(text)]
        if runs:
            what = "a run" if len(runs) == 1 else f"{len(runs)} runs"
            return (f"{what} of more than {MAX_WORD_CHARS} characters without a space "
                    f"(longest {max(runs):,}: a link, code or encoded data?) not proofread")
    return None
