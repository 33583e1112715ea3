"""Regular derivations of known words: "employability" (employable), "settledness" (settled),
"prioritisation" (prioritise), "chewable" (chew). Harper's dictionary lacks many such words,
and a professional writer forms them freely; they are not misspellings.

:func:`derived_word` accepts a word only when it is a known word plus one productive suffix,
joined by English spelling's regular rules, so the classic misspellings of the same shape stay
misspellings:

* a consonant + "y" stem takes "i" before the suffix ("happiness", "reliable"): "happyness",
  "relyable" are refused;
* a soft "c"/"g" keeps its "e" before "-able" ("noticeable", "manageable"): "noticable",
  "managable" are refused; a stem ending in a vowel keeps its "e" ("agreeable"): "agreable" is
  refused;
* "-ful", "-ly", "-ably" and "-ment" are not accepted at all ("greatful", "truely", "accidently",
  "arguement" are the common misspellings of that shape);
* a word one letter away from one of Harper's suggestions is a slip of that word, and a word
  whose suggestion has its first four letters and its ending is a mis-formed spelling of that
  word ("configable" -> "configurable", "reduceable" -> "reducible"), not a derivation.

Measured on the planted-misspelling benchmarks (benchmarks/language/run.py, real_prose.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: (derived ending, base endings): the word with the derived ending replaced by one of the base
#: endings must be a known word. Order: longer endings first.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("abilities", ("able",)),
    ("ibilities", ("ible",)),
    ("ability", ("able",)),
    ("ibility", ("ible",)),
    ("isations", ("ise", "ize")),
    ("isation", ("ise", "ize")),
    ("iness", ("y",)),
    ("nesses", ("",)),
    ("ness", ("",)),
    ("able", ("", "e")),
)
#: Shortest stem (the word less its ending) and shortest word considered.
_MIN_STEM = 4
_MIN_WORD = 8
_VOWELS = frozenset("aeiou")


def _allowed(stem: str, ending: str, base_end: str) -> bool:
    """Whether English spelling joins ``stem + base_end`` to ``ending`` as written."""
    base = stem + base_end
    if ending in ("ness", "nesses", "able") and len(base) > 1 and base[-1] == "y" and base[-2] not in _VOWELS:
        return False  # "happyness", "relyable": a consonant + y takes i
    if ending == "able" and base_end == "" and stem.endswith("e") and stem[-2:-1] not in ("c", "g"):
        return False  # "storeable", "rotateable": the silent e drops, but for a soft c/g
    if ending == "able" and base_end == "" and _short_closed(stem):
        return False  # "dropable", "skipable": a short closed syllable doubles its consonant
    if ending == "able" and base_end == "e":
        # the e of the base was dropped ("use" -> "usable"): not after a soft c/g ("noticable")
        # nor after a vowel ("agreable")
        return bool(stem) and stem[-1] not in "cg" and stem[-1] not in _VOWELS
    return True


def _short_closed(stem: str) -> bool:
    """One syllable ending in one vowel and one consonant ("drop", "skip", "drag")."""
    groups = sum(1 for i, ch in enumerate(stem) if ch in _VOWELS and (i == 0 or stem[i - 1] not in _VOWELS))
    return (groups == 1 and len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-1] not in "wxy"
            and stem[-2] in _VOWELS and stem[-3] not in _VOWELS)


def damerau_one(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def derived_word(word: str, known: Callable[[str], bool], suggestions: Iterable[str] = ()) -> bool:
    """Whether ``word`` (lower case, or capitalised as at a sentence start) is a regular
    derivation of a word ``known`` accepts, and not one letter away from a suggestion."""
    if not word.isalpha() or len(word) < _MIN_WORD:
        return False
    if word[0].isupper() and word[1:].islower():
        word = word.lower()  # a sentence or cell start: "Employability sessions"
    if not word.islower():
        return False
    for s in (s.lower() for s in suggestions):
        if damerau_one(word, s):
            return False  # a slip of a word Harper knows ("happyness" -> "happiness")
        if s[:4] == word[:4] and s[-3:] == word[-3:]:
            return False  # a mis-formed word of the same stem and ending ("iteratable" -> "iterable")
    for ending, base_ends in _ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        if len(stem) < _MIN_STEM:
            continue
        for base_end in base_ends:
            if _allowed(stem, ending, base_end) and known(stem + base_end):
                return True
    return False
