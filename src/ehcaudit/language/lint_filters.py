"""Which of Harper's lints are false alarms in British public-sector writing: a list marker read
as a word, "will" the noun read as the modal, an "a" that is part of a code, a derived word
split in two... Each filter reads the text around the lint; the engine asks :func:`dropped`.
"""

from __future__ import annotations

import re

from ehcaudit.language.harper_rules import words as word_list
from ehcaudit.language.propernouns import starts_sentence

_ROMAN = re.compile(r"(?:x{0,2})(?:ix|iv|v?i{0,3})[.)]?")
_REGULAR_PLURAL = re.compile(r"[a-z]{3}(?<!s)s$")
#: Words before "will" that make it the noun ("a sense of energy and will", "good will").
_WILL_NOUN_BEFORE = frozenset(
    "the a an his her their our its my your political free good ill strong shared collective own "
    "real clear genuine".split())
#: "offer you", "give them", "sent the family": a verb taking two objects, before its second.
_DITRANSITIVE_BEFORE = re.compile(
    r"\b(?:give|gives|gave|given|giving|offer|offers|offered|offering|send|sends|sent|sending|"
    r"provide|provides|provided|providing|owe|owes|bring|brings|brought|show|shows|showed|"
    r"write|wrote|e-?mail|e-?mailed|lend|lent|pass|passed) (?:you|them|us|him|her|me|families|"
    r"parents|carers|the family|the school|staff|schools)(?: some| more| further| clear| written)? $",
    re.IGNORECASE)
#: Units written after a number in provision ("30 mins weekly", "1 hr a term", "2 wks"):
#: abbreviations, not misspellings (alone, "hr" is a slip of "her", so only after a number).
_UNITS = frozenset({"min", "mins", "hr", "hrs", "wk", "wks", "sec", "secs", "yr", "yrs", "mth", "mths"})
_AFTER_NUMBER = re.compile(r"\d(?:[.,]\d+)?[ \t]?(?:-[ \t]?\d+[ \t]?)?$")
#: Note-taking abbreviations that professionals write in advice ("incl. mocks", "c. 10 minutes",
#: "w/ Mum", "a dx of ADHD"): shorthand, which LG-READABILITY and LG-JARGON judge, not
#: misspellings. Each with the character that marks it as an abbreviation ("" when the bare
#: letters are the shorthand: "dx", "hx", "tx" are no slip of any word).
_NOTE_ABBREVIATIONS = {"incl": ".", "approx": ".", "esp": ".", "c": ".", "ca": ".", "w": "/",
                       "dx": "", "hx": "", "tx": ""}
#: The particle of a hyphenated noun, made plural ("check-ins", "catch-ups", "drop-offs").
_PARTICLE_PLURALS = frozenset({"ins", "outs", "ups", "offs", "ons", "downs", "overs", "bys", "aways", "backs"})
#: A word ending cited on its own: a hyphen straight before it, after a space, a quotation mark or a
#: bracket ("endings such as '-s' and '-ed'", "(-ing)").
_CITED_ENDING = re.compile("(?:^|[\\s'\"‘“(\\[])[-‑]$")
#: British -ise/-yse spellings whose American -ize/-yze form Harper knows ("operationalised").
_BRITISH_ISE = re.compile(r"(?<=[a-z])(is|ys)(e|es|ed|ing|ation|ations|er|ers)$")
#: Words after which "let" is the verb, not "let's": "feels let down", "was let off".
_LET_PARTICLES = frozenset({"down", "off", "out", "in", "go", "slip"})
#: "at A level", "A-level results": the examination, not the article.
_A_LEVEL = re.compile(r"[ \t-]levels?\b", re.IGNORECASE)
#: Suffixes that make a real word of a known stem; SplitWords proposes "chew able" for them.
#: Words whose doubling is grammatical: the past perfect of "have" ("had had to"), and the
#: conjunction "that" before the pronoun "that" ("said that that was right").
_GRAMMATICAL_DOUBLE = re.compile(r"(?i)(had|that)\s+\1")
_SUFFIX_WORDS = frozenset({"able", "ability", "ably", "ful", "fully", "less", "ness", "ship", "wise", "ward", "wards"})


#: An initialism said letter by letter whose first letter's name starts with a vowel sound
#: ("an SpLD profile", "an SEN support plan", "an MLD", "an FSM pupil"): "an" is right before it.
_AN_INITIALISM = re.compile(r"[ \t]+([FHLMNRSX][A-Za-z]{0,5})\b")
#: Initialisms said as words ("a SENCo", "a SEND team", "a SALT"): "a" before them.
_SAID_AS_WORDS = frozenset({"SENCO", "SENDCO", "SEND", "SALT", "NEET", "SATS", "SAT", "HALO", "LEGO"})


def _an_before_initialism(text: str, start: int, end: int) -> bool:
    """"an" before an initialism said letter by letter that starts with F, H, L, M, N, R, S or X
    ("an SpLD profile"): the article is right by the sound ("ess")."""
    m = _AN_INITIALISM.match(text, end)
    if not m or text[start:end].lower() != "an":
        return False
    word = m.group(1)
    return sum(c.isupper() for c in word) >= 2 and word.upper() not in _SAID_AS_WORDS


def dropped(rule: str, lint, joined: str, s: int, e: int, kind: str) -> bool:
    """Whether Harper's lint of ``rule`` at ``joined[s:e]`` is a false alarm."""
    if rule == "AnA" and _an_before_initialism(joined, s, e):
        return True
    if rule == "AnA" and (_not_an_article(joined, s, e) or _an_word_follows(joined, e)
                          or (joined[s:e] == "A" and (_A_LEVEL.match(joined, e) or not starts_sentence(joined, s)))):
        return True  # "at A level"; a capital "A" mid-sentence is a letter ("grades B to A"), not the article
    if kind == "spelling" and _not_a_misspelling(lint, joined, s, e):
        return True
    if rule == "RepeatedWords" and "\n" in joined[s:e]:
        return True  # a heading's last word, then the text's first ("Outcomes\nOutcomes for ..."): layout
    if rule == "RepeatedWords" and _GRAMMATICAL_DOUBLE.fullmatch(joined[s:e]):
        return True  # "they had had to reduce their hours", "the view that that was right": grammar
    if rule == "PronounVerbAgreement" and joined[e:e + 1] in ("-", "‑"):
        return True  # a hyphenated verb ("she touch-types"): Harper reads its first half alone
    if rule in ("InflectedVerbAfterTo", "ToTwoToo") and _to_is_a_preposition(joined, s):
        return True  # "reacts to perceived unfairness", "transfer to secondary": "to" the preposition
    if rule == "LetsConfusion" and _next_word(joined, e) in _LET_PARTICLES:
        return True
    if rule == "SplitWords" and _derived_word(lint):
        return True
    if kind != "style" and _list_marker(joined, s, e):
        return True
    if kind == "spelling" and _named_letter(joined, s, e):
        return True
    if rule == "NounVerbConfusion" and _DITRANSITIVE_BEFORE.search(joined, max(0, s - 40), s):
        return True  # "to offer you advice", "give them advice": the noun after two objects' verb
    if rule == "NounVerbConfusion" and _verb_after_infinitive_to(joined, s, e):
        return True  # "are likely to affect disabled children": the verb after "to" is right
    if rule == "ModalOf" and _next_word(joined, e) in word_list("of_phrase_openers"):
        return True  # "it could of itself create", "would of necessity": "of" opens a phrase
    if rule == "OneOfTheSingular" and _REGULAR_PLURAL.search(lint.problem_text):
        return True  # "one of the largest child populations": the noun is plural already
    if rule == "OneOfTheSingular" and (lint.problem_text.lower() in word_list("number_words") or lint.problem_text.isdigit()):
        return True  # "one of the five workstreams", "one of the 12 schools": a number, no noun
    if rule == "TheirToTheyre" and _previous_word(joined, s) in word_list("their_prepositions"):
        return True  # "an effect on their later learning": after a preposition, the possessive
    if rule == "PronounVerbAgreement" and _past_tense(joined[s:e]):
        return True  # "she withdrew": a past tense agrees with every pronoun
    if rule == "QuantifierNumeralConflict" and _period_after(joined, e):
        return True  # "in each 24 hours", "each two weeks": a period of time, not "each" before a plural
    if rule == "HowTo" and _indirect_question(joined, e):
        return True  # "record how progress ... had been measured": a subject and its verb follow "how"
    return rule == "WillNonLemma" and _will_is_a_noun(joined, s)


#: A number (figures or a word) and the word after it: "24 hours", "two weeks".
_NUMBER_THEN_WORD = re.compile(r"\s+(\d+(?:\.\d+)?|[^\W\d_]+)[\s-]+([^\W\d_][\w-]*)")


def _period_after(text: str, end: int) -> bool:
    """Whether a number and a unit of time follow ``end`` ("each 24 hours", "each two weeks"):
    harper-rules.yaml ``time_units``."""
    m = _NUMBER_THEN_WORD.match(text, end)
    if m is None:
        return False
    return (m.group(1).isdigit() or m.group(1).lower() in word_list("number_words")) \
        and m.group(2).lower() in word_list("time_units")


#: Where the clause after "how" ends: a stop, a colon or semicolon, a comma, a line break, or a
#: conjunction that starts another clause.
_CLAUSE_END = re.compile(r"[.;:!?,\n]|\b(?:and|but|or|so|because|while|whereas)\b", re.IGNORECASE)


def _indirect_question(text: str, end: int) -> bool:
    """Whether the clause after "how" (at ``end``) holds a subject and then a finite auxiliary
    or modal ("how progress against the targets had been measured"): harper-rules.yaml
    ``finite_auxiliaries``. The word straight after "how" is the subject, never the verb."""
    rest = text[end:end + 120]
    stop = _CLAUSE_END.search(rest)
    words = re.findall(r"[^\W\d_][\w'’]*", rest[: stop.start() if stop else len(rest)])
    return any(w.lower().replace("’", "'") in word_list("finite_auxiliaries") for w in words[1:])


#: A gloss in square brackets straight after a word: the writer's explanation of a word kept as
#: someone said it ("learning with my chavrusa [study partner]"), in everyday words.
_GLOSS_AFTER = re.compile(r"\s?\[[a-z][a-z' -]{1,40}\]")


def _not_a_misspelling(lint, text: str, start: int, end: int) -> bool:
    """A unit after a number ("30 mins"), the plural particle of a hyphenated noun
    ("check-ins"), a word glossed in square brackets straight after it ("chavrusa [study
    partner]"), or the British -ise spelling of a word Harper knows as -ize."""
    word = text[start:end]
    low = word.lower()
    if low in _UNITS and _AFTER_NUMBER.search(text, max(0, start - 12), start):
        return True
    if low in _PARTICLE_PLURALS and start and text[start - 1] in "-‑":
        return True
    mark = _NOTE_ABBREVIATIONS.get(low.rstrip("."))
    if mark is not None and word.islower() and (not mark or word.endswith(mark) or text[end:end + 1] == mark):
        return True
    if _GLOSS_AFTER.match(text, end):
        return True  # "my chavrusa [study partner]": a word the writer explains on the spot
    if _CITED_ENDING.search(text, max(0, start - 2), start) and len(word) <= 5 and word.islower():
        return True  # "word endings such as '-s' and '-ed'": a suffix cited as such, not a word
    american = _BRITISH_ISE.sub(lambda m: m.group(1).replace("s", "z") + m.group(2), low)
    return american != low and any(x.replacement_text.lower() == american for x in lint.suggestions)


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s+([^\W\d_]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"([^\W\d_]+)\s+$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def _past_tense(word: str) -> bool:
    """Whether ``word`` is an irregular past form or a verb built on one ("withdrew",
    "undertook", "overran"): harper-rules.yaml ``irregular_pasts``. A regular "-ed" past is no
    agreement lint of Harper's, so it needs no rule here."""
    low = word.lower()
    return any(low == p or (low.endswith(p) and len(low) - len(p) >= 2) for p in word_list("irregular_pasts"))


def _to_is_a_preposition(text: str, start: int) -> bool:
    """Whether the "to" that opens a lint at ``start`` follows a word that takes "to" as a
    preposition ("reacts strongly to perceived unfairness", "close to expected"): then the
    word after it is an adjective, not an infinitive (harper-rules.yaml ``to_prepositions``)."""
    words = re.findall(r"[A-Za-z]+", text[max(0, start - 50):start])
    while words and words[-1].lower().endswith("ly") and len(words[-1]) > 4:
        words.pop()  # an adverb between ("reacts strongly to")
    return bool(words) and words[-1].lower() in word_list("to_prepositions")


def _verb_after_infinitive_to(text: str, start: int, end: int) -> bool:
    """Whether the lint at ``text[start:end]`` is the verb of one of Harper's noun/verb pairs
    ("affect", "advise": harper-rules.yaml ``to_verbs``) straight after "to" ("are likely to
    affect disabled children", "used to advise parents"): the infinitive, so the verb is right.
    The nouns after "to" ("how to advice a class") are not in the list and stay errors."""
    return (text[start:end].lower() in word_list("to_verbs")
            and re.search(r"\bto\s+$", text[max(0, start - 12):start], re.IGNORECASE) is not None)


def _an_word_follows(text: str, end: int) -> bool:
    m = re.match(r"\s+([^\W\d_]+)", text[end:end + 40])
    return m is not None and m.group(1).lower() in word_list("an_words")


def _list_marker(text: str, start: int, end: int) -> bool:
    """A letter or lower-case roman numeral numbering a list item or a criterion ("(a)
    apologise ...", "i. Children's needs are identified", "v) Leaders evaluate", "RAG rating
    i  Children ..."): in brackets, or with a full stop or bracket after it at the start of a
    line or after a list mark, or a numeral followed by a capitalised word; not a word of the
    sentence."""
    word = text[start:end]
    if not word or len(word) > 5:
        return False
    core = word.rstrip(".)")
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    if len(core) == 1 and core.isalpha() and before == "(" and after == ")":
        return True  # "(a)", "(b)", "(i)"
    if not _ROMAN.fullmatch(word) or not core:
        if not (len(core) == 1 and core.isalpha() and (word[-1] in ".)" or after in ".)")):
            return False
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start].strip()
    if lead in ("", "-", "–", "•", "*", "(") and (word[-1] in ".)" or after in ".)" or _ROMAN.fullmatch(word)):
        return True
    if not _ROMAN.fullmatch(word):
        return False
    if word[-1] in ".)":
        return True
    rest = text[end:end + 3].lstrip(" \t")
    return bool(rest) and rest[0].isupper()


#: Letters or sounds written as themselves, in a list: "(s, f, th)", "s, sh and ch", "b/d",
#: "'s', 'f' and 'th'" (each may be in quotes).
_LETTER_LIST_ITEM = r"['\u2018\"\u201c]?[a-z]{1,3}['\u2019\"\u201d]?"
_LETTER_LIST_SEP = r"\s*(?:,|/|\band\b|\bor\b)\s*"
_SOUND_WORDS = re.compile(r"\b(?:sounds?|letters?|phonemes?|graphemes?|digraphs?|blends?|phonics?)\b", re.I)


def _named_letter(text: str, start: int, end: int) -> bool:
    """A letter or sound written as itself ("sounds that are hard to hear (s, f, th)", "reverses
    b and d"): a word of one to three lower-case letters in a list of such words, inside
    brackets or after a word that names sounds or letters. Not a misspelling."""
    word = text[start:end]
    if not re.fullmatch(r"[a-z]{1,3}", word):
        return False
    # one letter or sound in quotes, next to a word naming sounds: "the 'th' sound", "says 'f'"
    if (text[start - 1:start] in ("'", "\u2018", '"', "\u201c") and text[end:end + 1] in ("'", "\u2019", '"', "\u201d")
            and _SOUND_WORDS.search(text, max(0, start - 80), min(len(text), end + 20))):
        return True
    item, sep = _LETTER_LIST_ITEM, _LETTER_LIST_SEP
    listed = re.compile(rf"(?:{item}{sep})+{item}")
    lo = max(0, start - 40)
    for m in listed.finditer(text, lo, min(len(text), end + 40)):
        if not (m.start() <= start and end <= m.end()):
            continue
        if len(re.findall(r"[a-z]{1,3}", m.group(0))) < 2:
            return False
        bracketed = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        return bracketed or bool(_SOUND_WORDS.search(text, max(0, m.start() - 40), m.start()))
    return False


def _will_is_a_noun(text: str, start: int) -> bool:
    """Whether "will" at ``start`` is the noun (determination), not the modal verb: after a
    determiner or adjective ("good will", "the will to change"), or joined to a noun after a
    preposition ("a fresh sense of energy and will exists")."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 60):start])[-4:]
    if not before:
        return False
    prev = before[-1].lower()
    if prev in _WILL_NOUN_BEFORE:
        return True
    return prev in ("and", "or") and any(w.lower() in ("of", "with", "for") for w in before[:-1])


def _derived_word(lint) -> bool:
    """A SplitWords lint whose split is a stem and a suffix ("chewable" -> "chew able",
    "employability" -> "employ ability"): a derived word Harper does not know, not two words."""
    return any(s.replacement_text.split()[-1:] and s.replacement_text.split()[-1].lower() in _SUFFIX_WORDS
               for s in lint.suggestions)


def _not_an_article(text: str, start: int, end: int) -> bool:
    """An "a" that is not the article: part of a code ("section 17A") or a spelling pattern
    ("the split digraph a-e")."""
    return (start > 0 and text[start - 1].isalnum()) or text[end:end + 1] in ("-", "‑")
