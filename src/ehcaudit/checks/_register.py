"""Clinical register: a sentence written in the words of a professional report, not of the
family it is for (LG-READABILITY).

An outcome is written for the child and the family. "Owen will demonstrate functional auditory
discrimination in noise with consistent RA use" can be short and still unreadable to them: its
difficulty is its vocabulary (report words with everyday equivalents: demonstrate -> show,
auditory -> hearing, utilisation -> use) and its shorthand (RA, SNR, ToD), which a reading-ease
average over a section does not see. A sentence is in clinical register when it holds several
such words, or two of them and a piece of shorthand. The vocabulary (each word with its
everyday alternative, quoted back to the writer) is data in the rubric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import Field

from ehcaudit.rubric.registry import Params, optional_list

#: A word, split at hyphens ("SNR-adverse" is "SNR" and "adverse").
_TOKEN = re.compile(r"[A-Za-z]+")
#: Shorthand: a token of two or more capitals, no more lower-case letters than capitals
#: (RA, SNR, ToD, LIFE; not YouTube or McDonald); a plural or possessive ending is dropped.
_SHORTHAND = re.compile(r"(?<![\w])([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9]*?)(?:s|'s|\u2019s)?(?![A-Za-z])")
#: A phrase's determiner: the report's "consistent with a diagnosis" is the same phrase with any
#: other ("consistent with my diagnosis of", "with his diagnosis").
_DETERMINERS = ("a", "an", "the", "my", "his", "her", "their", "your", "our", "its")
#: Endings a phrase's word is read with: "presents with" in every person and tense ("I present
#: with", "presenting with", "they presented with").
_PHRASE_ENDINGS = r"(?:s|es|ed|d|ing)?"
#: Endings tried off a word to find its entry ("demonstrated" -> "demonstrate").
_ENDINGS = (("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("d", ""))


class ClinicalRegister(Params):
    """``{sections: [E], words: {demonstrate: show, ...}, min_words: 3, ...}``."""

    sections: list[str] = Field(min_length=1, description="Sections whose sentences are read")
    words: dict[str, str] = Field(
        min_length=1, description="Report words a family does not use, each with its everyday "
                                  "alternative ('' when it needs rewording, not a word); an entry of "
                                  "several words ('presents with') is a phrase, counted once")
    names: list[str] = optional_list("Names that hold such a word and are not register "
                                          "(Functional Skills, attention deficit hyperactivity disorder)")
    plain_shorthand: list[str] = optional_list("Acronyms every family reads (GCSE, NHS, TA): not shorthand")
    min_words: int = Field(3, ge=1, description="This many report words make a sentence clinical")
    min_with_shorthand: int = Field(
        2, ge=1, description="...or this many with at least one piece of shorthand")
    level: int = Field(2, ge=1, le=4, description="The level is at most this with one such sentence")


@dataclass(frozen=True)
class Register:
    words: tuple[str, ...]  # the report words, as written
    shorthand: tuple[str, ...]

    def clinical(self, p: ClinicalRegister) -> bool:
        return len(self.words) >= p.min_words or (
            len(self.words) >= p.min_with_shorthand and len(self.shorthand) >= 1)


def _entry(token: str, vocabulary: dict[str, str]) -> str | None:
    low = token.lower()
    if " " in low:  # a phrase, found whole
        return low if low in vocabulary else None
    if low in vocabulary:
        return low
    low = low.replace("ization", "isation").replace("ize", "ise")
    if low in vocabulary:
        return low
    for end, add in _ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 4 and (low[: -len(end)] + add) in vocabulary:
            return low[: -len(end)] + add
    return None


def _phrase_word(word: str) -> str:
    """One word of a phrase entry as a pattern: a determiner stands for any determiner, any other
    word of four letters or more for its forms in every person and tense ("presents" for
    "present", "presented", "presenting")."""
    if word in _DETERMINERS:
        return "(?:" + "|".join(_DETERMINERS) + ")"
    if len(word) < 4:  # "to", "on", "as": a small word keeps its one form
        return re.escape(word)
    base = word
    for end in ("ing", "ed", "s"):
        if base.endswith(end) and not base.endswith(("ss", "is", "us")) and len(base) - len(end) >= 4:
            base = base[: -len(end)]
            break
    return re.escape(base) + _PHRASE_ENDINGS


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase entry of the vocabulary ("presents with", "consistent with a diagnosis") as it is
    written in any person, tense and with any determiner: the register is the report's way of
    saying it, whoever says it ("I present with ... consistent with my diagnosis of")."""
    words = phrase.lower().split()
    return re.compile(r"\b" + r"\s+".join(_phrase_word(w) for w in words) + r"\b", re.IGNORECASE)


class _Compiled:
    """``p``'s patterns, compiled once, and the sentences already read with them."""

    def __init__(self, p: ClinicalRegister) -> None:
        self.p = p  # held, so that the id keying this stays ``p``'s
        self.names = [re.compile(re.escape(name), re.IGNORECASE) for name in p.names]
        self.phrases = {k: phrase_pattern(k) for k in p.words if " " in k}
        self.plain = {a.casefold() for a in p.plain_shorthand}
        self.entries: dict[str, bool] = {}
        self.read: dict[str, Register] = {}

    def is_entry(self, token: str) -> bool:
        known = self.entries.get(token)
        if known is None:
            known = self.entries[token] = _entry(token, self.p.words) is not None
        return known


#: A register's compiled patterns by the id of its parameters (LG-READABILITY's two caps read the
#: same sentences with the same parameters).
_COMPILED: dict[int, _Compiled] = {}
#: "(SALT)" after its expansion.
_BRACKETED = re.compile(r"\(\s*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*\)")


def _compiled(p: ClinicalRegister) -> _Compiled:
    c = _COMPILED.get(id(p))
    if c is None or c.p is not p:
        if len(_COMPILED) >= 64:
            _COMPILED.clear()
        c = _COMPILED[id(p)] = _Compiled(p)
    return c


def read_register(sentence: str, p: ClinicalRegister) -> Register:
    """The report words and the shorthand in ``sentence`` (names such as "Functional Skills"
    and a bracketed acronym after its expansion, "(SALT)", are left out)."""
    c = _compiled(p)
    reg = c.read.get(sentence)
    if reg is None:
        if len(c.read) >= 8192:
            c.read.clear()
        reg = c.read[sentence] = _read(sentence, c)
    return reg


def _read(sentence: str, c: _Compiled) -> Register:
    text = sentence
    for name in c.names:
        text = name.sub(" ", text)
    text = _BRACKETED.sub(" ", text)  # "(SALT)": the expansion is there
    phrases: list[str] = []
    for phrase in c.phrases.values():
        for m in phrase.finditer(text):
            phrases.append(m.group(0))
        text = phrase.sub(" ", text)
    found = [t for t in _TOKEN.findall(text) if not t.isupper() or len(t) == 1]
    words = tuple(phrases) + tuple(t for t in found if c.is_entry(t))
    shorthand = tuple(
        m.group(1) for m in _SHORTHAND.finditer(text)
        if m.group(1).casefold() not in c.plain
        and sum(ch.islower() for ch in m.group(1)) <= sum(ch.isupper() for ch in m.group(1)))
    return Register(words, shorthand)


def describe(reg: Register, p: ClinicalRegister) -> str:
    """"'demonstrate' (show), 'auditory' (hearing) and the shorthand 'RA', 'ToD'"."""
    shown = []
    phrases = _compiled(p).phrases
    for w in dict.fromkeys(reg.words):
        key = _entry(w, p.words) or next((k for k, rx in phrases.items() if rx.fullmatch(w)), "")
        plain = p.words.get(key, "")
        shown.append(f"'{w}' ({plain})" if plain else f"'{w}'")
    text = ", ".join(shown)
    if reg.shorthand:
        text += " and the shorthand " + ", ".join(f"'{s}'" for s in dict.fromkeys(reg.shorthand))
    return text
