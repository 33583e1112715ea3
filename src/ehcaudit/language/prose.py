"""Preparing plan text for proofreading, and the one opinion measured outside the engine.

* What is not prose is blanked out, offsets kept: unfilled template fields ("{{ child_name }}",
  another criterion reports them) and web and e-mail addresses.
* Text in double quotation marks is someone else's words, recorded verbatim (a child's or
  parent's words, a quoted sound or misspelling): :func:`quoted_spans`. Their grammar and their
  words are theirs; but a quoted sentence is typed by the writer, and a word in it one slip away
  from a word the dictionary knows is the writer's slip: :func:`slip_in_quotation`.
* A long block is cut into pieces at sentence ends: :func:`pieces`.
* Long sentences (over :data:`LONG_SENTENCE_WORDS` words) are style opinions, measured here
  rather than by Harper, whose overlapping lint would hide every misspelling in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ehcaudit.language.base import LangIssue
from ehcaudit.language.derivation import damerau_one
from ehcaudit.placeholders import blank_markup

#: Web and e-mail addresses ("www.ipsea.org.uk.", "send@council.gov.uk"): not prose, not
#: proofread (a full stop that ends the sentence is not part of the address).
_ADDRESS = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"“”]+?(?=[.,;:!?)\]]*(?:\s|$))"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|gov|nhs|ac|co|com|net|sch|police|mod)(?:\.uk)?\b(?:/[^\s]*[^\s.,;:!?)])?",
    re.IGNORECASE)
#: Not words of the sentence: a sound in phonics notation ("the sounds /s/, /f/ and /k/"), a
#: suffix cited with its hyphen ("word endings such as -ed and -s"), the letter "o" typed as a
#: bullet at the start of a line ("o I like football"), a statute's section ("s.2", "ss.17").
_NOT_WORDS = re.compile(
    r"(?<![\w/])/[a-zA-Zʃʒθðŋ:]{1,4}/(?![\w/])"
    r"|(?<=\s)-(?:s|es|ed|ing|er|est|ly)\b(?!-)"
    r"|^[ \t]*o(?=[ \t]+\S)"
    r"|\bs{1,2}\.(?=[ \t]?\d)",
    re.MULTILINE)
_QUOTED = re.compile(r'"[^"\n]{1,500}"|“[^”\n]{1,500}”')
_SENTENCE_CUT = re.compile(r"[.!?…][\"'”’)]*\s+|\n")
#: A sentence of more words than this is a long sentence (an opinion, as Harper's own rule).
LONG_SENTENCE_WORDS = 40
_WORD_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # as Harper counts: "tell-it-once" is three
_SENTENCE_STOP = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s|$)|\n")
#: A full stop that ends an abbreviation ("Dr.", "e.g.", "etc."), not a sentence.
_ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|approx|no|vs|etc|e\.g|i\.e)|\b[a-zA-Z])\.$",
                           re.IGNORECASE)


def blank_non_prose(text: str) -> str:
    """Unfilled template fields, web and e-mail addresses, phonics notation, cited suffixes,
    "o" bullets and statute sections blanked out, offsets kept."""
    if "{" in text or "«" in text:
        text = blank_markup(text)
    if "www." in text or "@" in text or "://" in text or ".uk" in text or ".org" in text or ".com" in text:
        text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
    if "/" in text or " -" in text or "o " in text or "s." in text:
        text = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
    return text


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans in double quotation marks ("him runned", “I like art”): a child's or parent's words,
    a quoted sound or misspelling, recorded as said or written."""
    if '"' not in text and "“" not in text:
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


#: A quotation of at least this many words is a quoted sentence (or title), typed by the writer;
#: shorter ones are a sound, a word or a name as someone said or wrote it ("teh", "bup bup").
QUOTED_SENTENCE_WORDS = 4


def slip_in_quotation(issue: LangIssue, text: str, spans: list[tuple[int, int]],
                      known: Callable[[str], bool]) -> bool:
    """Whether a spelling finding inside a quotation is the writer's typing slip, reported although
    the quotation's words are otherwise someone else's: the quotation is a sentence (at least
    :data:`QUOTED_SENTENCE_WORDS` words), and the word, in lower case and of four letters or more,
    is one insertion, deletion, substitution or swap from a word the engine suggests ("as clever
    as ather children", "more time to finisch"). A name, a home-language word or a child's
    invented spelling is further from any English word, or capitalised, and stays theirs; so does
    a child's regular past of a verb that ``known`` knows ("we goed", "he runned")."""
    word = issue.text
    if issue.kind != "spelling" or len(word) < 4 or not (word.isalpha() and word.islower()):
        return False
    if word.endswith("ed") and (known(word[:-2]) or (word[-3] == word[-4] and known(word[:-3]))):
        return False
    span = next(((s, e) for s, e in spans if s <= issue.start and issue.end <= e), None)
    if span is None:
        return False
    if len(_WORD_TOKEN.findall(text[span[0]:span[1]])) < QUOTED_SENTENCE_WORDS and not cited_as_words(text, span[0]):
        return False
    return any(damerau_one(word, s.lower()) for s in issue.suggestions)


#: A few words in single quotation marks ('Twinkle Twinkle', 'mama', 'dada', 'train tag'): a
#: title, or words as a child said them. The opening mark follows a space, a bracket or the
#: line's start (so an apostrophe "girls' toilets" never opens one), the closing mark is not
#: followed by a letter ("Amara's").
_SINGLE_QUOTED = re.compile(r"(?<![^\s(\[])['‘](?=[^\W_])([^'‘’\n]{1,40}?)(?<=[^\s])['’](?![^\W_])")
#: Longest single-quoted span read as a quotation, in words.
_SINGLE_QUOTED_WORDS = 3


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*\b(?:and|or)\b)\s*")

#: The writer citing words as words ("words such as", "terms like", "phrases including"), then
#: the quoted items of that list up to the one at hand: the writer's own spelling of English words,
#: not a sound or a word as someone said it.
_CITED_AS_WORDS = re.compile(
    r"\b(?:words?|terms?|phrases?|wording|language|expressions?)\s+(?:such\s+as|like|including)\s*"
    rf"(?:[\"“][^\"“”\n]{{1,40}}[\"”](?:{_LIST_GLUE.pattern})?\s*)*$", re.IGNORECASE)


def cited_as_words(text: str, start: int) -> bool:
    """Whether the quotation starting at ``start`` is one of a list of words the writer cites as
    words ("plans use words such as "regular", "access to" and "as appropriate"")."""
    opening = start if text[start:start + 1] in '"“' else start - 1
    return bool(_CITED_AS_WORDS.search(text, max(0, opening - 200), max(0, opening)))



def single_quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of up to three words in single quotation marks that are a title ('Twinkle Twinkle':
    capitalised) or one of a list of words as said ('mama', 'dada' and 'more'): left
    unproofread like text in double quotation marks. A lone lower-case word in single marks
    ("he wrote 'teh'") and longer single-quoted text are proofread (British writers quote
    speech in single marks, and a slip inside it is the writer's)."""
    if "'" not in text and "‘" not in text:
        return []
    found = [m for m in _SINGLE_QUOTED.finditer(text) if len(m.group(1).split()) <= _SINGLE_QUOTED_WORDS]
    listed: set[int] = set()
    for k in range(len(found) - 1):
        if _LIST_GLUE.fullmatch(text, found[k].end(), found[k + 1].start()):
            listed.update((k, k + 1))
    return [m.span() for k, m in enumerate(found) if k in listed or m.group(1)[:1].isupper()]


def pieces(text: str, size: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` covering ``text`` in pieces of at most about ``size`` characters, each
    cut after a sentence end or a line break where there is one, else at a space."""
    out: list[tuple[int, str]] = []
    pos, n = 0, len(text)
    while pos < n:
        end = pos + size
        if end < n:
            cut = None
            for m in _SENTENCE_CUT.finditer(text, pos + size // 4, end):
                cut = m.end()
            if cut is None:
                space = text.rfind(" ", pos + size // 4, end)
                cut = space + 1 if space > 0 else end
            end = cut
        out.append((pos, text[pos:end]))
        pos = end
    return out


def long_sentences(text: str) -> list[LangIssue]:
    """Sentences (within one line: a cell's or list's lines are not one sentence) of more than
    :data:`LONG_SENTENCE_WORDS` words, as style opinions."""
    if len(text) < LONG_SENTENCE_WORDS * 2:
        return []
    out = []
    start = 0
    for m in [*_SENTENCE_STOP.finditer(text), None]:
        end = m.end() if m is not None else len(text)
        if m is not None and m.group() != "\n" and _ABBREVIATION.search(text, max(0, m.start() - 8), m.start() + 1):
            continue
        seg = text[start:end]
        n = len(_WORD_TOKEN.findall(seg))
        if n > LONG_SENTENCE_WORDS:
            lead = len(seg) - len(seg.lstrip())
            s, e = start + lead, start + len(seg.rstrip())
            out.append(LangIssue(kind="style", start=s, end=e, text=text[s:e],
                                 message=f"This sentence is {n} words long.", suggestions=(),
                                 rule="ehcaudit:long-sentence"))
        start = end
    return out
