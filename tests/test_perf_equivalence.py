"""The speed-ups of issue #5 change no result: caches hand out fresh lists, pre-filters skip only
what could not match (checked against the plain formulas they replace)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC
from rubric_lists import distinct_string_lists
from sample_texts import block_texts

from ehcaudit.checks import _words
from ehcaudit.language.patterns import pattern_issues
from ehcaudit.privacy import find_identifiers, mask_text
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import run_criterion


def test_pattern_issues_cached_but_each_caller_gets_its_own_list():
    text = "The twins was happy. Each pupil have a locker."
    first = pattern_issues(text)
    assert [i.text for i in first]  # the patterns find something here
    first.clear()
    again = pattern_issues(text)
    assert again and again == pattern_issues(text)
    assert again is not pattern_issues(text)


@pytest.mark.parametrize("text, kinds", [
    ("Call 07700 900123 after school", {"phone"}),                  # digits, no label separator
    ("Email mum@example.org please", {"email"}),                     # '@' only
    ("Parent \u2013 Sarah Jones attended", {"name"}),                # en dash as the separator
    ("Mother- Sarah Jones attended", {"name"}),                      # hyphen as the separator
    ("Full name: Jade Smith, NHS 943 476 5919", {"name", "nhs_number"}),
    ("No identifiers at all here", set()),
])
def test_find_identifiers_prefilters_keep_every_detector(text, kinds):
    assert {i.kind for i in find_identifiers(text)} == kinds
    masked = mask_text(text)
    assert mask_text(text) == masked  # cached: the same answer
    assert (masked == text) == (not kinds)


def _content_stems_by_slicing(text: str, stop_words, names=(), min_len: int = 3) -> dict[str, str]:
    """The formula content_stems used before the speed-up (slice, rstrip, look at the end)."""
    stop = _words._stop_set(tuple(stop_words))
    name_set = {n.lower() for n in names if n}
    out: dict[str, str] = {}
    prev_end = ""
    for m in _words._TOKEN_RE.finditer(text):
        word = m.group(0).strip("'’-")
        before = text[: m.start()].rstrip()
        sentence_start = not before or before[-1] in ".!?:;•\n\"“(" or prev_end == ""
        prev_end = word
        low = word.lower()
        if len(low) < min_len or low in stop or low in name_set:
            continue
        if word[0].isupper() and not sentence_start and not word.isupper():
            continue
        s = _words.stem(low)
        if s in stop or len(s) < 2:
            continue
        out.setdefault(s, low)
    return out


@pytest.mark.parametrize("text", [
    "Reading improves. Writing \t\u00a0 Helps with Maths and Kian's Art.",
    "  Leading space.\n\n  Swimming  lessons\u2003Weekly with Ms Patel; Drama (Friday).",
    "Speech: Therapy \u201cSessions\u201d continue \u2022 Horses and Riding",
    "",
    "Outcome",
])
def test_content_stems_sentence_starts_as_before(text):
    stop = ["and", "with", "the"]
    assert _words.content_stems(text, stop, ["Kian"]) == _content_stems_by_slicing(text, stop, ["Kian"])


def _jargon_flagged(text: str, tmp_path: Path) -> list[str]:
    src = tmp_path / "plan.md"
    src.write_text(text, encoding="utf-8")
    res = run_criterion(read_plan(src), RUBRIC, RUBRIC.criterion("LG-JARGON"),
                        dt.date(2026, 6, 30), cache={})
    return [re.search(r"'([^']+)'", f.message).group(1) for f in res.findings if f.kind == "issue"]


@pytest.mark.parametrize("sentence", [
    "Sam uses MAKATON at home.",                                # ASCII, other case
    "Sam\u2019s class uses makaton \u2013 every day.",          # typographic punctuation
    "Sam\u2019s class uses Makaton with his cr\u00e8che staff.",  # a non-ASCII letter: no pre-filter
])
def test_jargon_terms_found_whatever_the_case_and_punctuation(sentence, tmp_path):
    flagged = _jargon_flagged(f"# Section F: Provision\n{sentence}\n", tmp_path)
    assert "Makaton" in flagged


def _normalise_reference(sentence, child, fold_pronouns=True):
    """normalise_sentence as first written (before its speed-up), to compare against."""
    import unicodedata

    from ehcaudit.crossplan.sentences import _LABEL_RE, _PRONOUNS, _TOKEN_RE

    text = unicodedata.normalize("NFKC", sentence).replace("’", "'")
    text = _LABEL_RE.sub("", text.strip())
    names = [child] if isinstance(child, str) else sorted(child or (), key=len, reverse=True)
    names = [n for n in names if n]
    if names:
        alt = "|".join(re.escape(n) for n in names)
        text = re.sub(rf"\b(?:{alt})\b(?:'s)?", lambda m: "<child>" + (
            " s" if m.group().endswith("'s") else ""), text, flags=re.IGNORECASE)
    tokens = _TOKEN_RE.findall(text.lower())
    if fold_pronouns:
        tokens = [_PRONOUNS.get(t, t) for t in tokens]
    return " ".join(t.replace("'", "") for t in tokens)


@pytest.mark.parametrize("sentence, child", [
    ("Strengths: Jade's teacher says she's doing well.", "Jade"),
    ("JADE will read with her mum’s help.", {"Jade", "Amara"}),
    ("Ｆｕｌｌｗｉｄｔｈ Sam can't wait; he’ll go.", "Sam"),
    ("Outcome: By July, Mary-Jane will count to 20 — with help.", ["Mary-Jane", "", "Mary"]),
    ("   Nothing   about anyone.  ", None),
])
def test_normalise_sentence_as_before(sentence, child):
    from ehcaudit.crossplan import normalise_sentence

    for fold in (True, False):
        assert normalise_sentence(sentence, child, fold) == _normalise_reference(sentence, child, fold)


def test_fingerprint_masked_shortcut_same_for_plans_without_identifiers():
    """audit passes masked=True when the privacy scan found nothing; the result must not change."""
    from ehcaudit.crossplan import fingerprint
    from ehcaudit.privacy import scan_plan

    checked = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "sample_plans").glob("*/*.docx"))[:12]:
        plan = read_plan(path)
        if scan_plan(plan):
            continue
        assert fingerprint(plan, masked=True) == fingerprint(plan)
        checked += 1
    assert checked >= 6


@pytest.mark.parametrize(("patterns", "literals"), [
    ((r"\bcommunicat\w*", r"\bSA?LT\b", r"\bMakaton\b|\bPECS\b"), ("communicat", "s", "makaton", "pecs")),
    ((r"\bbus(es)?\b", r"\bwrit(e|es|ing|ten)\b", r"\bself-esteem\b", r"ab{2}c"), ("bus", "writ", "self", "a")),
    ((r"\bx\b", r"(?:is|are) good at"), None),   # an alternative with no leading letters: no fast path
    ((r"^\W*strengths?\b",), None),
    ((r"\d+ minutes",), None),
])
def test_care_search_fast_path_reads_leading_letters(patterns, literals):
    from ehcaudit.checks._regex_prefix import _leading_literals

    assert _leading_literals(tuple(patterns)) == literals


def test_care_search_fast_path_finds_what_the_regex_finds():
    from ehcaudit.checks._patterns import rx, search

    pattern_sets = distinct_string_lists(RUBRIC)  # each distinct list once
    texts = ["Speech and language therapy (SALT) weekly.", "He uses MAKATON signs.", "Self-esteem is low",
             "Ça va: communicating with ſalt", "nothing relevant here", "BUSES and writing", "",
             # typographic punctuation keeps the fast path; letters that fold to ASCII must not
             "The child\u2019s \u201cspeech and language therapy\u201d \u2013 weekly \u2026",
             "\u2018Occupational\u2019 therapy\u00a0\u2014 \u00a3200 a term \u2022 \u20ac",
             "\u212aey worker (Kelvin sign) and \u017fpeech (long s) with \u2019quotes\u2019"]
    for path in sorted((Path(__file__).resolve().parents[1] / "sample_plans" / "2026-11").glob("*"))[:3]:
        texts += block_texts(path)
    checked = 0
    for patterns in pattern_sets:
        try:
            r = rx(patterns)
        except re.error:  # a word list that is not patterns
            continue
        if r is None:
            continue
        for t in texts:
            got, want = search(patterns, t), r.search(t)
            assert (got and got.span()) == (want and want.span()), (patterns[:3], t[:60])
            checked += 1
    assert checked > 1000


def test_has_answers_as_search_does_for_every_rubric_list():
    """has() (whether a list matches, stopping at the first pattern that does) says yes exactly
    when search() finds a match: every word list of the packaged rubric, over plan text, text
    where only a late pattern of a long list matches, text with letters outside ASCII (no fast
    path) and lists the narrowing leaves alone (short, empty, with a back-reference)."""
    from ehcaudit.checks._patterns import has, search

    pattern_sets = distinct_string_lists(RUBRIC)  # each distinct list once
    pattern_sets += [[], [r"(\w)\1 again", r"\bweekly\b", r"\bdaily\b", r"\bmonthly\b"]]
    texts = ["Weekly sessions of 30 minutes with a speech and language therapist (SALT).",
             "Laptop with speech-to-text software, set up by the IT technician.",
             "nothing of note", "", "Mixed \u00e9l\u00e8ve text with \u017fpeech therapy each fortnight",
             "ddd again, then monthly", "The ELSA will meet her at every lunchtime in the calm room."]
    for path in sorted((Path(__file__).resolve().parents[1] / "sample_plans" / "2026-11").glob("*"))[:2]:
        texts += block_texts(path)
    checked = matched = 0
    for patterns in pattern_sets:
        try:
            want = [search(patterns, t) is not None for t in texts]
        except re.error:  # a word list that is not patterns
            continue
        assert [has(patterns, t) for t in texts] == want, patterns[:3]
        checked += len(texts)
        matched += sum(want)
    assert checked > 1000 and matched > 100



def test_one_lookup_reads_each_rubric_list_as_the_three_did():
    """A search reads a word list's joined pattern, its leading letters and its patterns' words
    in one cached look-up (round 31): the same three things the separate helpers give."""
    from ehcaudit.checks._patterns import _compile, _parts, _prefilter, _reading

    checked = 0
    for patterns in distinct_string_lists(RUBRIC) + [[]]:
        key = tuple(patterns)
        try:
            want = (_compile(key), _prefilter(key) if key else None, _parts(key) if key else None)
        except re.error:  # a word list that is not patterns
            continue
        assert _reading(key) == want, patterns[:3]
        checked += 1
    assert checked > 100


def test_a_lines_own_words_cached_as_computed():
    """_prov_unit's reading of a line's own words (pointers and named services set aside) is
    cached, since the item definition reads it twice a line: the same words either way."""
    from ehcaudit.checks._prov_unit import _NAMED_SERVICE, _POINTED, _own

    lines = ["See the provision set out above.", "The Sensory Support Service will visit termly.",
             "All of this is reviewed by the SENCo.", "Weekly 1:1 sessions with a TA, as in F2 above."]
    for path in sorted((Path(__file__).resolve().parents[1] / "sample_plans" / "2026-11").glob("*"))[:2]:
        lines += block_texts(path)
    for line in lines:
        assert _own(line) == _NAMED_SERVICE.sub(" ", _POINTED.sub(" ", line))
        assert _own(line) == _own(line)

# -- second round: text utilities and pre-filters (results checked against the formulas they replace)

_EDGE_ALPHABET = list("ab! .-\u2013\u2014*\u2022\u00b7:;,\n\t\r\x0b\x0c\x1c\x85\u00a0\u2000\u2028\u3000\u200b\u00e9")


def _strings(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_EDGE_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_bare_strips_edges_as_the_regex_did():
    from ehcaudit.checks._patterns import bare
    from ehcaudit.placeholders import strip_placeholders

    def reference(text: str) -> str:
        t = strip_placeholders(text).lower()
        t = re.sub(r"^[\s\-–—*•·:;,.]+|[\s\-–—*•·:;,.!]+$", "", t)
        return re.sub(r"\s+", " ", t)

    cases = _strings(20000, 1) + ["  - N/A!  ", "• TBC.", "!!", " {{ name }} ", "Weekly, 1:1 ."]
    assert [bare(t) for t in cases] == [reference(t) for t in cases]


def test_normalise_folds_spaces_as_the_regex_did():
    import unicodedata

    from ehcaudit.text import normalise

    def reference(text: str) -> str:
        text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
        return re.sub(r"[ \t\r\f\v]+", " ", text).strip()

    cases = _strings(20000, 2) + ["a  b", "a\tb", "e\u0301t\u00e9 \u00a0 ok"]
    assert [normalise(t) for t in cases] == [reference(t) for t in cases]


@pytest.mark.parametrize("text", [
    "DOB: 12/03/2015 and call 0161 496 0000",                # label and nine digits or more
    "Born on 3rd March 2015; UPN A12345678901B",
    "D.O.B. 03.03.2015",
    "Date of Birth \u2013 1 May 2014",                        # typographic dash, title case
    "Child\u2019s name: Jade Smith",                          # typographic apostrophe
    "MOTHER: Sarah Jones; phone +44 161 496 0000",
    "Tel 0161-496-0000",                                     # digits split by hyphens
    "NHS number 943-476-5919 (checked)",                     # hyphens
    "Carer \u2013 \u00c9lodie Martin, born 4/5/2016",        # a non-ASCII letter: no pre-filter
])
def test_privacy_prefilters_find_what_the_detectors_find(text):
    from ehcaudit.privacy import detectors as privacy

    expected: list = []
    for m in privacy._NHS_RE.finditer(text):
        if privacy.nhs_number_valid("".join(m.groups())):
            expected.append(("nhs_number", m.start()))
    for m in privacy._UPN_RE.finditer(text):
        if privacy.upn_valid(m.group()):
            expected.append(("upn", m.start()))
    expected += [("postcode", m.start()) for m in privacy._POSTCODE_RE.finditer(text)]
    expected += [("date_of_birth", m.start(1)) for m in privacy._DOB_RE.finditer(text)]
    for m in privacy._PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        national = digits[2:] if digits.startswith("44") else digits[1:] if digits.startswith("0") else digits
        if len(national) in (9, 10) and national[0] in "1237":
            expected.append(("phone", m.start()))
    expected += [("name", m.start(1)) for m in privacy._NAME_LABEL_RE.finditer(text)
                 if m.group(1).strip().lower() not in privacy._NOT_A_NAME]
    found: list = []
    privacy._numbers(text, found)
    if privacy._may_hold_label(text):
        privacy._names(text, found)
    assert sorted((i.kind, i.start) for i in found) == sorted(expected)
    assert expected  # every case holds an identifier


def test_sentences_cached_but_each_caller_gets_its_own_list():
    from ehcaudit.text import count_words, sentences

    text = "Jade reads well. She needs help with e.g. spelling.\nNew line here."
    first = sentences(text)
    assert first == ["Jade reads well.", "She needs help with e.g. spelling.", "New line here."]
    first.append("changed by a caller")
    assert sentences(text) == first[:3]
    assert count_words(text) == count_words(text) == 13
