"""A sentence's comparison form and its hash, and what makes a sentence template text.

Normalising: Unicode NFKC, lower case, punctuation dropped, white space folded, the plan's own
child's name replaced by ``<child>`` and, by default, he/she, his/her/him and himself/herself
folded. Administrative words and the national template's own sentences are data
(``ehcaudit/data/crossplan-boilerplate.yaml``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml

from ehcaudit.crossplan.settings import CrossPlanSettings
from ehcaudit.model import Block, Plan
from ehcaudit.text import sentences

_PRONOUNS = {"he": "<he>", "she": "<he>", "his": "<his>", "her": "<his>", "hers": "<his>",
             "him": "<his>", "himself": "<self>", "herself": "<self>"}
_CHILD_PRONOUNS = frozenset({"he", "she", "his", "her", "hers", "him", "himself", "herself"})

_LABEL_RE = re.compile(r"^[A-Z][A-Za-z ,/&()'’-]{0,50}:\s+(?=\S)")
_TOKEN_RE = re.compile(r"<child>|[a-z0-9]+(?:['’][a-z]+)?")


def normalise_sentence(sentence: str, child: str | Iterable[str] | None,
                       fold_pronouns: bool = True) -> str:
    """The comparison form of a sentence (see the module docstring). ``child`` is the plan's
    child's name, or several names that all become ``<child>``."""
    text = sentence if sentence.isascii() else unicodedata.normalize("NFKC", sentence).replace("’", "'")
    text = _LABEL_RE.sub("", text.strip())  # "Strengths: Jade is ..." -> "Jade is ..."
    names = (child,) if isinstance(child, str) else tuple(sorted(child or (), key=len, reverse=True))
    names_rx = _names_rx(names)
    if names_rx is not None:
        text = names_rx.sub(_child_token, text)
    tokens = _TOKEN_RE.findall(text.lower())
    if fold_pronouns:
        tokens = [_PRONOUNS.get(t, t) for t in tokens]
    return " ".join(tokens).replace("'", "")  # no token holds a space; only words hold "'"


@lru_cache(maxsize=256)
def _names_rx(names: tuple[str, ...]) -> re.Pattern | None:
    names = tuple(n for n in names if n)
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:{alt})\b(?:'s)?", re.IGNORECASE)


def _child_token(m: re.Match) -> str:
    return "<child>" + (" s" if m.group().endswith("'s") else "")


def sentence_hash(normalised: str) -> str:
    """12 hex characters (48 bits) of BLAKE2b: collisions are negligible in a month or a
    caseload (about 1 in 100 for two million distinct sentences)."""
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=6).hexdigest()


def _sentence_blocks(plan: Plan, settings: CrossPlanSettings) -> list[tuple[Block, str]]:
    out = []
    wanted = set(settings.sections)
    for b in plan.blocks:
        if b.kind == "heading" or b.section not in wanted:
            continue
        for s in sentences(b.text):
            out.append((b, s))
    return out


@lru_cache(maxsize=1)
def _boilerplate_data() -> tuple[re.Pattern, frozenset[str]]:
    """(administrative words as one pattern over normalised text, the template's own sentence
    hashes) from ``ehcaudit/data/crossplan-boilerplate.yaml``."""


    raw = yaml.safe_load(resources.files("ehcaudit").joinpath("data", "crossplan-boilerplate.yaml")
                         .read_text(encoding="utf-8"))
    unknown = set(raw) - {"administrative_words", "template_sentences"}
    if unknown:
        raise ValueError(f"crossplan-boilerplate.yaml: unknown keys {sorted(unknown)}")
    phrases = sorted({normalise_sentence(str(w), None, False) for w in raw["administrative_words"]},
                     key=len, reverse=True)
    words_rx = re.compile(r"(?<![\w<])(?:" + "|".join(re.escape(w) for w in phrases if w) + r")(?![\w>])")
    template = frozenset(sentence_hash(normalise_sentence(t, None, True)) for t in raw["template_sentences"])
    return words_rx, template


def _administrative(normalised: str) -> bool:
    """A statement about the plan, its process or services, or about children in general."""
    return _boilerplate_data()[0].search(normalised) is not None


def _refers_to_child(normalised: str) -> bool:
    tokens = normalised.split()
    return "<child>" in tokens or any(t in ("<he>", "<his>", "<self>") or t in _CHILD_PRONOUNS
                                      for t in tokens)
