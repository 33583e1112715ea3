"""Readability of plan text, offline: Flesch reading ease with textstat's counters.

Why Flesch reading ease: it is the measure UK plain-English guidance and the GOV.UK content
team quote (60 and above reads as plain English for most adults), it rewards exactly what
families struggle with in plans (long sentences, long words), and it is a 0-100 scale an
audit group can read without a table. The score is computed here from textstat's word and
syllable counts with textstat's English constants
(``206.835 - 1.015 x words per sentence - 84.6 x syllables per word``), over sentences split
by :func:`ehcaudit.text.sentences` (which keeps "e.g." and "Dr." whole and treats a list
item or table cell as a sentence of its own); textstat's own sentence counter would split at
every full stop and skip short list items.

**Nothing is ever downloaded.** textstat 0.7.13 (pinned) looks each word up in NLTK's CMU
pronouncing dictionary first and calls ``nltk.download('cmudict')`` when the corpus is not
installed. At import, this module replaces the dictionary look-up that textstat's syllable
counter uses with one that has no dictionary (a stand-in for the loader's module, so NLTK is
not even imported), so every syllable is counted by pyphen's
bundled en_GB hyphenation patterns and NLTK's data path is never searched
(``tests/test_offline.py`` proves it with sockets blocked and ``nltk.download`` patched to fail).
"""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass


def _no_cmudict(lang: str) -> None:
    """Stand-in for textstat's CMU dictionary loader: no dictionary, so pyphen counts."""
    return None


# textstat's loader module imports NLTK at the top (0.3 s on a quiet machine, over 1 s on a busy
# one, paid by every audit worker) only to look the dictionary up: a stand-in module holding
# the stand-in loader is registered first, so NLTK is never imported (same counts: pyphen's).
_CMUDICT_MODULE = "textstat.backend.utils._get_cmudict"
if _CMUDICT_MODULE not in sys.modules:
    _stand_in = types.ModuleType(_CMUDICT_MODULE)
    _stand_in.get_cmudict = _no_cmudict  # type: ignore[attr-defined]
    sys.modules[_CMUDICT_MODULE] = _stand_in

import textstat  # noqa: E402, F401  (imported first so the patch below lands on the loaded modules)
from textstat.backend.counts import _count_syllables as _syllable_module  # noqa: E402
from textstat.backend.counts import count_syllables, count_words  # noqa: E402
from textstat.backend.utils import get_lang_cfg  # noqa: E402

from ehcaudit.text import sentences  # noqa: E402

#: Language for pyphen's hyphenation dictionary (bundled with pyphen; no download).
LANG = "en_GB"

# textstat's count_syllables calls the module-level name ``get_cmudict``; with None it falls
# back to pyphen for every word. Done once at import, before anything is counted.
_syllable_module.get_cmudict = _no_cmudict
count_syllables.cache_clear()

_FRE_BASE = get_lang_cfg("en", "fre_base")
_FRE_SENTENCE = get_lang_cfg("en", "fre_sentence_length")
_FRE_SYLLABLE = get_lang_cfg("en", "fre_syll_per_word")



@dataclass(frozen=True)
class SentenceStats:
    text: str
    words: int
    syllables: int

    @property
    def reading_ease(self) -> float:
        return flesch(self.words, 1, self.syllables)

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0


@dataclass(frozen=True)
class Readability:
    """Flesch reading ease of a body of text, with the sentences it was measured on."""

    reading_ease: float
    words: int
    sentences: int
    syllables: int
    detail: tuple[SentenceStats, ...]

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0


def flesch(words: int, sentence_count: int, syllables: int) -> float:
    """Flesch reading ease from counts (0 when there is nothing to measure)."""
    if not words or not sentence_count:
        return 0.0
    per_sentence = words / sentence_count
    per_word = syllables / words
    return _FRE_BASE - _FRE_SENTENCE * per_sentence - _FRE_SYLLABLE * per_word


def sentence_stats(text: str) -> SentenceStats:
    return SentenceStats(text=text, words=count_words(text), syllables=count_syllables(text, LANG))


def split_sentences(texts: list[str]) -> list[str]:
    """Sentences of several blocks (paragraphs, list items, table cells), each block apart."""
    out: list[str] = []
    for t in texts:
        out.extend(s for s in sentences(t) if count_words(s))
    return out


def measure(texts: list[str] | str) -> Readability:
    """Flesch reading ease of ``texts`` (blocks of one section, or one string)."""
    if isinstance(texts, str):
        texts = [texts]
    stats = tuple(sentence_stats(s) for s in split_sentences(texts))
    words = sum(s.words for s in stats)
    syllables = sum(s.syllables for s in stats)
    return Readability(
        reading_ease=flesch(words, len(stats), syllables),
        words=words,
        sentences=len(stats),
        syllables=syllables,
        detail=stats,
    )


def reading_ease(text: str) -> float:
    """Flesch reading ease of one piece of text."""
    return measure(text).reading_ease
