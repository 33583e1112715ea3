"""The default proofreading engine: Harper (harper-py), offline and in-process.

Configuration for UK public-sector writing:

* British dialect, plain-text mode (plan text is not Markdown: ``*`` and ``#`` mean nothing).
* Every Harper lint is sorted into ``spelling``, ``grammar`` or ``style`` by the table in
  ``ehcaudit/data/harper-rules.yaml`` (rule name first, then lint kind); rules and Harper
  rule groups marked ``off`` (the Oxford comma, typography, idiom and wording opinions,
  brand names...) are switched off in the linter.
* Grammar patterns (``ehcaudit/data/grammar-patterns.yaml``, :mod:`ehcaudit.language.patterns`)
  add errors typical of hurried plan writing that Harper misses.
* The SEND vocabulary (``ehcaudit/data/send-vocabulary.txt``), the public-sector vocabulary
  (``public-sector-vocabulary.txt``: council, NHS and inspection words, England's local
  authority areas and towns) and any user vocabulary files are added to Harper's dictionary.
* Words Harper does not know are not always misspellings. ehcaudit never reports as spelling:
  a word written wholly in capitals (an acronym: CAMHS, SENDIASS), a word with a digit or
  an inner capital (KS2, H1, T-001, SENCo, iPad), or a capitalised word that is a name.
  A capitalised word counts as a name when it is not at the start of a sentence, or when the
  same word appears capitalised mid-sentence elsewhere in the text checked together (a
  plan's pseudonym: "Priya enjoys ..." then "... said Priya"), or is possessive there
  ("Amara's parents"), or occurs more than once, or when it is shorter than four letters or
  followed by another capitalised word ("Zainab Hussain, class teacher"), or is in Faker's
  lists of first names (:mod:`ehcaudit.names`: "Aiden concentrates ..."). So "Recieve the
  report." at the start of a sentence is still caught, while "Oluwaseun", "Kian" and "Tesco"
  in running text are not flagged.
* Unfilled template fields (``{{ child_name }}``, ``«Name»``) are not proofread, nor is text in
  double quotation marks: a child's or parent's words recorded verbatim, a quoted sound or
  misspelling ("he says "him runned"", "he wrote "cak"") are not the writer's errors.

Building Harper's linter costs about half a second, so there is one per process:
:func:`get_engine` builds it lazily and returns the same engine every time.
Speed: :meth:`HarperEngine.check_many` lints blocks in batches of about 2,000 characters
(joined by blank lines, findings mapped back to their block; a finding straddling two blocks
is dropped) and remembers the findings for each distinct block text, so template
boilerplate repeated across plans is linted once. Most applications should ask
:func:`ehcaudit.language.engines.get_engine`, which returns this engine unless a LanguageTool
server is configured.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from ehcaudit.language.base import BUNDLED_VOCABULARIES, IssueKind, LangIssue, block_at
from ehcaudit.language.bounds import blank_long_words, too_long
from ehcaudit.language.patterns import pattern_issues
from ehcaudit.placeholders import blank_markup

#: Environment variable naming extra vocabulary files (separated by ``os.pathsep``).
VOCABULARY_ENV = "EHCAUDIT_VOCABULARY"
#: Blocks are joined with this separator when linted together.
_SEP = "\n\n"
#: Characters per linter call when batching: enough to amortise the call, small enough that
#: Harper stays in its fast range (measured: 1,000-4,000 is best; 100,000 is 30% slower).
_BATCH_CHARS = 2_000
#: A block longer than this is linted in pieces of about _BATCH_CHARS, cut at sentence ends (or
#: at a space), so no single call into Harper runs long: a plan's time limit (a Python signal)
#: can only stop it between calls. 3,000 unknown "words" in one block took 40 s in one call.
_SPLIT_CHARS = 2 * _BATCH_CHARS
#: Distinct block texts remembered (findings per text); cleared when full.
_CACHE_SIZE = 50_000
_MAX_SUGGESTIONS = 5

_POSSESSIVE = re.compile(r"['’]s?$")
#: Web and e-mail addresses ("www.ipsea.org.uk.", "send@council.gov.uk"): not prose, not
#: proofread (a full stop that ends the sentence is not part of the address).
_ADDRESS = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"“”]+?(?=[.,;:!?)\]]*(?:\s|$))"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|gov|nhs|ac|co|com|net|sch|police|mod)(?:\.uk)?\b(?:/[^\s]*[^\s.,;:!?)])?",
    re.IGNORECASE)
#: Prefixes that make a real word of a known word ("reinspection", "semiformal", "preschool").
#: Only the productive prefixes of public-sector writing: a wider list lets typing slips through
#: ("disposses" is not "dis" + "posses"), measured on codespell's misspellings.
_PREFIXES = ("re", "pre", "co", "non", "multi", "inter", "sub", "semi", "post")
#: After a word: another capitalised word, directly or after a comma/"and" ("Mihai, Yusuf and Keeley")
_NEXT_CAPITALISED = re.compile(r"[ \t]*(?:,|\band\b|&)?[ \t]+\(?(?=[^\W\d_])(?:[^\W\d_][^\W\d_]|[^\W\d_]\b)")


def _next_capitalised(text: str, pos: int) -> bool:
    """Another capitalised word next ("Zainab Hussain", "Tomás Ó Briain", "Ms R Khan"): any
    alphabet's capital followed by a small letter, or a single capital (an initial)."""
    m = _NEXT_CAPITALISED.match(text, pos)
    if not m:
        return False
    word = m.group()[-2:].lstrip()
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())
_NAME_BEFORE_BRACKET = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]* \($")
_SENTENCE_END = set(".!?:;•*–—-\"“”‘(")


def _data(name: str) -> str:
    return resources.files("ehcaudit").joinpath("data", name).read_text(encoding="utf-8")


@cache
def rule_table() -> tuple[dict[str, str], dict[str, str]]:
    """``(kinds, rules)`` from harper-rules.yaml: Harper lint kind / rule name -> our kind or 'off'."""
    kinds, rules, _groups = _tables()
    return kinds, rules


@cache
def _rules_file() -> dict:
    return yaml.safe_load(_data("harper-rules.yaml"))


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    data = _rules_file()
    kinds = {str(k): str(v) for k, v in (data.get("kinds") or {}).items()}
    rules = {str(k): ("off" if v is False else str(v)) for k, v in (data.get("rules") or {}).items()}
    groups = {str(k): ("off" if v is False else str(v)) for k, v in (data.get("groups") or {}).items()}
    for table in (kinds, rules, groups):
        bad = {k: v for k, v in table.items() if v not in ("spelling", "grammar", "style", "off")}
        if bad:  # a packaging error, not user input
            raise ValueError(f"harper-rules.yaml: unknown kinds {bad}")
    return kinds, rules, groups


@cache
def an_words() -> frozenset[str]:
    """Words that take "an" where Harper's a/an rule expects "a" (harper-rules.yaml)."""
    return frozenset(str(w).lower() for w in _rules_file().get("an_words") or ())


def _an_word_follows(text: str, end: int) -> bool:
    m = re.match(r"\s+([^\W\d_]+)", text[end:end + 40])
    return m is not None and m.group(1).lower() in an_words()


@cache
def british_forms() -> frozenset[str]:
    """Correct British forms Harper's grammar rules misread ("learnt", "spelt"): harper-rules.yaml."""
    return frozenset(str(w).lower() for w in _rules_file().get("british_forms") or ())


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
    from ehcaudit.reader.limits import MAX_VOCABULARY_BYTES, read_limited

    return parse_vocabulary(read_limited(path, MAX_VOCABULARY_BYTES, "vocabulary").decode("utf-8-sig"))


def env_vocabulary_paths() -> list[Path]:
    raw = os.environ.get(VOCABULARY_ENV, "")
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


def _suggestion_text(lint, s) -> str:
    import harper

    if s.kind == harper.SuggestionKind.REMOVE:
        return ""
    if s.kind == harper.SuggestionKind.INSERT_AFTER:
        return lint.problem_text + s.replacement_text
    return s.replacement_text


def _starts_sentence(text: str, start: int) -> bool:
    if start >= 2 and text[start - 1] in "-‑" and text[start - 2].isalpha():
        return False  # the second half of a hyphenated word ("Osei-Bonsu")
    if start >= 1 and text[start - 1] == "(" and _NAME_BEFORE_BRACKET.search(text, 0, start):
        return False  # a short name in brackets after a name ("Oluwaseun (Seun)")
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in _SENTENCE_END or before[-1].isdigit()


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word[1:].isupper()


def _acronym_like(word: str) -> bool:
    """All capitals (CAMHS), a digit (KS2, T-001) or an inner capital (SENCo, iPad)."""
    letters = [c for c in word if c.isalpha()]
    if any(c.isdigit() for c in word):
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in letters[1:])


class HarperEngine:
    """Harper configured for British public-sector writing. See the module docstring."""

    name = "harper"

    def __init__(self, extra_vocabulary: Iterable[str | Path] = ()) -> None:
        import harper

        self._harper = harper
        self._lock = threading.Lock()
        self._linter = harper.Linter(dialect=harper.Dialect.BRITISH)
        kinds, rules = rule_table()
        self._kinds, self._rules = kinds, rules
        config: dict[str, bool | None] = dict(self._linter.get_default_lint_config())
        for group, names in _harper_groups(self._linter).items():
            if _tables()[2].get(group) == "off":
                config.update(dict.fromkeys((n for n in names if n in config), False))
        for rule, kind in rules.items():
            if rule in config:
                config[rule] = kind != "off"
        config["OxfordComma"] = False
        # Harper keeps one of two overlapping lints, so a sentence-wide opinion would hide every
        # misspelling inside it: long sentences are measured here instead (_long_sentences).
        config["LongSentences"] = False
        self._config = config
        #: Spelling rules only: run again over the words under any other lint, so a finding of
        #: one kind never hides a finding of another (Harper drops overlapping lints).
        self._spelling_config = {k: (k in _SPELLING_RULES and v) for k, v in config.items()}
        self._linter.set_lint_config(config)
        self._cache: dict[str, tuple[LangIssue, ...]] = {}
        self._known: dict[str, bool] = {}  # word -> known to the dictionary (derived words)
        self._vocab_files: set[str] = set()
        self._vocab: set[str] = set()  # casefolded, to catch forms Harper's import misses ("nan's")
        for name in BUNDLED_VOCABULARIES:
            self.add_words(parse_vocabulary(_data(name)))
        for p in extra_vocabulary:
            self.add_vocabulary_file(p)

    # -- vocabulary ------------------------------------------------------------------------
    def add_words(self, words: list[str]) -> None:
        if words:
            with self._lock:
                self._linter.import_words(words)
                self._vocab.update(w.casefold() for w in words)
                self._cache.clear()

    def add_vocabulary_file(self, path: str | Path) -> None:
        """Add a user's vocabulary file (once). Raises ``OSError``/``UnicodeDecodeError``."""
        key = str(Path(path).resolve())
        if key in self._vocab_files:
            return
        self.add_words(read_vocabulary_file(path))
        self._vocab_files.add(key)

    # -- checking --------------------------------------------------------------------------
    def check(self, text: str) -> list[LangIssue]:
        return self.check_many([text])[0]

    def check_many(self, texts: list[str]) -> list[list[LangIssue]]:
        raw = self._raw_many(texts)
        names = _names_used_mid_sentence(texts, raw)
        out = []
        for text, issues in zip(texts, raw, strict=True):
            kept = [i for i in issues if not _is_name(i, text, names) and not self._in_vocabulary(i)]
            quoted = _quoted_spans(text)
            if quoted:  # someone else's words, recorded verbatim: not the writer's errors
                kept = [i for i in kept if not any(qs <= i.start and i.end <= qe for qs, qe in quoted)]
            counted = [(i.start, i.end) for i in kept if i.kind != "style"]
            if too_long(text):  # not proofread (ehcaudit.language.bounds)
                out.append(kept)
                continue
            extra = [i for i in pattern_issues(text) if not any(i.start < e and i.end > s for s, e in counted)
                     and not any(qs <= i.start and i.end <= qe for qs, qe in quoted)]
            out.append(sorted(kept + extra, key=lambda i: (i.start, i.end)) if extra else kept)
        return out

    def _in_vocabulary(self, issue: LangIssue) -> bool:
        """A spelling issue on a vocabulary word, or on the possessive of a known word."""
        if issue.kind != "spelling":
            return False
        word = issue.text.casefold().replace("’", "'")
        base = _POSSESSIVE.sub("", word)
        if base != word and base in (s.casefold() for s in issue.suggestions):
            return True  # the possessive of a word Harper knows ("headteacher's")
        return word in self._vocab or base in self._vocab

    def _raw_many(self, texts: list[str]) -> list[tuple[LangIssue, ...]]:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache and t.strip() and not too_long(t)]
        for t in [t for t in todo if len(t) > _SPLIT_CHARS]:
            self._lint_long(t)
        todo = [t for t in todo if len(t) <= _SPLIT_CHARS]
        batch: list[str] = []
        size = 0
        for t in todo:
            if batch and size + len(t) > _BATCH_CHARS:
                self._lint_batch(batch)
                batch, size = [], 0
            batch.append(t)
            size += len(t) + len(_SEP)
        if batch:
            self._lint_batch(batch)
        return [self._cache.get(t, ()) if t.strip() else () for t in texts]

    def _lint_long(self, text: str) -> None:
        """Lint a long block in pieces (see _SPLIT_CHARS); findings mapped back to the block."""
        found: list[LangIssue] = []
        for start, piece in _pieces(text):
            if not piece.strip():
                continue
            self._lint_batch([piece])
            found.extend(LangIssue(kind=i.kind, start=i.start + start, end=i.end + start, text=i.text,
                                   message=i.message, suggestions=i.suggestions, rule=i.rule)
                         for i in self._cache.get(piece, ()))
        self._cache[text] = tuple(sorted(found, key=lambda i: (i.start, i.end)))

    def _lint_batch(self, batch: list[str]) -> None:
        # over-long "words" blanked, offsets kept: ehcaudit.language.bounds
        joined = _SEP.join(blank_long_words(_blank_placeholders(t.replace("\r", " "))) for t in batch)
        with self._lock:
            organised = self._linter.organized_lints(joined, language=self._harper.Language.PLAINTEXT)
        starts = []
        pos = 0
        for t in batch:
            starts.append(pos)
            pos += len(t) + len(_SEP)
        found: list[list[LangIssue]] = [[] for _ in batch]
        covered: list[tuple[int, int]] = []  # spans of lints that are not spelling
        for rule, lints in organised.items():
            for lint in lints:
                issue = self._issue(rule, lint, joined, starts, batch, 0)
                if issue is not None:
                    found[issue[0]].append(issue[1])
                    if issue[1].kind != "spelling":
                        covered.append((lint.span.start, lint.span.end))
        for k, hidden in self._hidden_spelling(joined, covered, starts, batch):
            if not any(i.start <= hidden.start and hidden.end <= i.end and i.kind == "spelling" for i in found[k]):
                found[k].append(hidden)
        for k, t in enumerate(batch):
            found[k].extend(_long_sentences(t))
        if len(self._cache) + len(batch) > _CACHE_SIZE:
            self._cache.clear()
        for t, issues in zip(batch, found, strict=True):
            self._cache[t] = tuple(sorted(issues, key=lambda i: (i.start, i.end)))

    def _issue(self, rule, lint, joined: str, starts: list[int], batch: list[str],
               offset: int) -> tuple[int, LangIssue] | None:
        """``(block index, issue)`` for one Harper lint found at ``offset`` in ``joined``, or
        ``None`` when the lint is dropped."""
        kind = self._kind(rule, lint.lint_kind)
        if kind is None or (kind == "grammar" and lint.problem_text.lower() in british_forms()):
            return None
        s, e = lint.span.start + offset, lint.span.end + offset
        k = block_at(starts, s)
        b0 = starts[k]
        if e > b0 + len(batch[k]):
            return None  # straddles two blocks: an artefact of joining them
        if rule == "AnA" and (_not_an_article(joined, s, e) or _an_word_follows(joined, e)):
            return None
        if rule == "SplitWords" and _derived_word(lint):
            return None
        if kind == "spelling" and self._prefixed_word(lint.problem_text):
            return None
        if kind != "style" and _list_marker(joined, s, e):
            return None
        if rule == "NounVerbConfusion" and _DITRANSITIVE_BEFORE.search(joined, max(0, s - 40), s):
            return None  # "to offer you advice", "give them advice": the noun after two objects' verb
        if rule == "OneOfTheSingular" and _REGULAR_PLURAL.search(lint.problem_text):
            return None  # "one of the largest child populations": the noun is plural already
        if rule == "WillNonLemma" and _will_is_a_noun(joined, s):
            return None
        suggestions = tuple(dict.fromkeys(_suggestion_text(lint, x) for x in lint.suggestions))
        return k, LangIssue(
            kind=kind, start=s - b0, end=e - b0, text=batch[k][s - b0:e - b0],
            message=_message(lint.message), suggestions=suggestions[:_MAX_SUGGESTIONS],
            rule=f"harper:{rule}",
        )

    def _prefixed_word(self, word: str) -> bool:
        """A lower-case word made of a common prefix and a word Harper knows ("reinspection",
        "semiformal"): a derived word missing from the dictionary, not a misspelling."""
        if not word.isalpha() or not word.islower() or len(word) < 7:
            return False
        for p in _PREFIXES:
            rest = word[len(p):]
            if word.startswith(p) and len(rest) >= 6 and not rest.startswith(p) and self._known_word(rest):
                return True
        return False

    def _spelling_lints(self, text: str) -> dict:
        """Harper's lints of ``text`` with the spelling rules alone (the linter's full
        configuration is put back afterwards)."""
        with self._lock:
            self._linter.set_lint_config(self._spelling_config)
            try:
                return self._linter.organized_lints(text, language=self._harper.Language.PLAINTEXT)
            finally:
                self._linter.set_lint_config(self._config)

    def _known_word(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            found = self._spelling_lints(word)
            known = not any(found.values()) or word in self._vocab
            if len(self._known) > 10_000:
                self._known.clear()
            self._known[word] = known
        return known

    def _hidden_spelling(self, joined: str, covered: list[tuple[int, int]], starts: list[int],
                         batch: list[str]) -> list[tuple[int, LangIssue]]:
        """Spelling issues Harper hid under a lint of another kind: the words under each such
        lint are linted again with the spelling rules alone (one call for the batch)."""
        if not covered:
            return []
        spans: list[tuple[int, int]] = []
        for s, e in sorted(covered):
            while s > 0 and not joined[s - 1].isspace():
                s -= 1  # whole words: a lint may start or end inside one
            while e < len(joined) and not joined[e].isspace():
                e += 1
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
            else:
                spans.append((s, e))
        pieces, where, pos = [], [], 0
        for s, e in spans:
            where.append((pos, s))
            pieces.append(joined[s:e])
            pos += e - s + len(_SEP)
        text = _SEP.join(pieces)
        organised = self._spelling_lints(text)
        out = []
        piece_starts = [w[0] for w in where]
        for rule, lints in organised.items():
            for lint in lints:
                p = block_at(piece_starts, lint.span.start)
                issue = self._issue(rule, lint, joined, starts, batch, where[p][1] - where[p][0])
                if issue is not None and issue[1].kind == "spelling":
                    out.append(issue)
        return out

    def _kind(self, rule: str, lint_kind: str) -> IssueKind | None:
        kind = self._rules.get(rule) or self._kinds.get(lint_kind) or "style"
        return None if kind == "off" else kind  # type: ignore[return-value]


_SENTENCE_CUT = re.compile(r"[.!?…][\"'”’)]*\s+|\n")


def _pieces(text: str) -> list[tuple[int, str]]:
    """``(offset, piece)`` covering ``text`` in pieces of at most about _BATCH_CHARS, each cut
    after a sentence end or a line break where there is one, else at a space."""
    out: list[tuple[int, str]] = []
    pos, n = 0, len(text)
    while pos < n:
        end = pos + _BATCH_CHARS
        if end < n:
            cut = None
            for m in _SENTENCE_CUT.finditer(text, pos + _BATCH_CHARS // 4, end):
                cut = m.end()
            if cut is None:
                space = text.rfind(" ", pos + _BATCH_CHARS // 4, end)
                cut = space + 1 if space > 0 else end
            end = cut
        out.append((pos, text[pos:end]))
        pos = end
    return out


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


#: Harper's spelling rules (run again on text under other lints: see ``_hidden_spelling``).
_SPELLING_RULES = frozenset({"SpellCheck", "SplitWords"})
#: A sentence of more words than this is a long sentence (an opinion, as Harper's own rule).
LONG_SENTENCE_WORDS = 40
_WORD_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # as Harper counts: "tell-it-once" is three
_SENTENCE_STOP = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s|$)|\n")


def _long_sentences(text: str) -> list[LangIssue]:
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


#: A full stop that ends an abbreviation ("Dr.", "e.g.", "etc."), not a sentence.
_ABBREVIATION = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|approx|no|vs|etc|e\.g|i\.e)|\b[a-zA-Z])\.$",
                           re.IGNORECASE)


def _harper_groups(linter) -> dict[str, list[str]]:
    """Harper's own grouping of its rules (label -> rule names), from its settings structure."""
    out: dict[str, list[str]] = {}
    for item in linter.get_structured_lint_config().get("settings", []):
        group = item.get("Group")
        if not group:
            continue
        names: list[str] = []
        for x in group.get("child", {}).get("settings", []):
            if "Bool" in x:
                names.append(x["Bool"]["name"])
            elif "OneOfMany" in x:
                names.extend(x["OneOfMany"]["names"])
        out[group.get("label", "")] = names
    return out


#: Suffixes that make a real word of a known stem; SplitWords proposes "chew able" for them.
_SUFFIX_WORDS = frozenset({"able", "ability", "ably", "ful", "fully", "less", "ness", "ship", "wise", "ward", "wards"})


def _derived_word(lint) -> bool:
    """A SplitWords lint whose split is a stem and a suffix ("chewable" -> "chew able",
    "employability" -> "employ ability"): a derived word Harper does not know, not two words."""
    return any(s.replacement_text.split()[-1:] and s.replacement_text.split()[-1].lower() in _SUFFIX_WORDS
               for s in lint.suggestions)


_QUOTED = re.compile(r'"[^"\n]{1,500}"|“[^”\n]{1,500}”')


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans in double quotation marks ("him runned", “I like art”): a child's or parent's words,
    a quoted sound or misspelling, recorded as said or written."""
    if '"' not in text and "“" not in text:
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


def _not_an_article(text: str, start: int, end: int) -> bool:
    """An "a" that is not the article: part of a code ("section 17A") or a spelling pattern
    ("the split digraph a-e")."""
    return (start > 0 and text[start - 1].isalnum()) or text[end:end + 1] in ("-", "‑")


def _blank_placeholders(text: str) -> str:
    """Unfilled template fields ("{{ child_name }}", another criterion reports them) and web
    and e-mail addresses blanked out, offsets kept: they are not prose."""
    if "{" in text or "«" in text:
        text = blank_markup(text)
    if "www." in text or "@" in text or "://" in text or ".uk" in text or ".org" in text or ".com" in text:
        text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
    return text


def _message(message: str) -> str:
    return " ".join(message.replace("`", "'").split())


def _names_used_mid_sentence(texts: list[str], raw: list[tuple[LangIssue, ...]]) -> set[str]:
    """Unknown capitalised words the texts use as names: somewhere mid-sentence, followed by
    another capitalised word, in the possessive ("Amara's"), or at least twice (a misspelling
    is rarely repeated letter for letter, a pseudonym nearly always is)."""
    names: set[str] = set()
    seen: set[str] = set()
    for text, issues in zip(texts, raw, strict=True):
        for i in issues:
            if i.kind != "spelling" or not _capitalised(i.text):
                continue
            base = _POSSESSIVE.sub("", i.text)
            if (base in seen or base != i.text or not _starts_sentence(text, i.start)
                    or _next_capitalised(text, i.end)):
                names.add(base)
            seen.add(base)
    return names


def _is_name(issue: LangIssue, text: str, names: set[str]) -> bool:
    """Whether a spelling issue is on a name, acronym, code or number's suffix rather than a
    misspelling."""
    if issue.kind != "spelling":
        return False
    word = issue.text
    if _acronym_like(word):
        return True
    if issue.start and text[issue.start - 1].isdigit():
        return True  # glued to a number: a plural or unit ("under-15s", "10mins"), not prose
    if not _capitalised(word):
        return False
    if _POSSESSIVE.sub("", word) in names or not _starts_sentence(text, issue.start) or _POSSESSIVE.search(word):
        return True  # a name used mid-sentence elsewhere, mid-sentence here, or a name's ("Callum's")
    # capitalised at the start of a sentence or block: a name if part of a longer name
    # ("Zainab Hussain, class teacher") or a known first name ("Aiden enjoys ..."), otherwise
    # a misspelling ("Recieve", "Assement")
    return len(word) < 4 or bool(_next_capitalised(text, issue.end)) or _first_name(word)


def _first_name(word: str) -> bool:
    from ehcaudit.names import first_names

    return word[:1].upper() + word[1:].lower() in first_names()


_ENGINE: HarperEngine | None = None
_ENGINE_LOCK = threading.Lock()


def get_engine(extra_vocabulary: Iterable[str | Path] = ()) -> HarperEngine:
    """The process's one Harper engine (built on first use), with the SEND vocabulary, the
    files named in ``EHCAUDIT_VOCABULARY`` and ``extra_vocabulary`` added.

    Raises ``OSError``/``UnicodeDecodeError`` for an unreadable vocabulary file."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            _ENGINE = HarperEngine()
        for p in [*env_vocabulary_paths(), *extra_vocabulary]:
            _ENGINE.add_vocabulary_file(p)
        return _ENGINE
