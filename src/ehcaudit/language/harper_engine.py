"""The default proofreading engine: Harper (harper-py), offline and in-process.

Configuration for UK public-sector writing:

* British dialect, plain-text mode (plan text is not Markdown: ``*`` and ``#`` mean nothing).
* Every Harper lint is sorted into ``spelling``, ``grammar`` or ``style`` by the table in
  ``ehcaudit/data/harper-rules.yaml`` (:mod:`ehcaudit.language.harper_rules`); rules and Harper
  rule groups marked ``off`` (the Oxford comma, typography, idiom and wording opinions,
  brand names...) are switched off in the linter. Lints that are false alarms in British
  public-sector writing are dropped (:mod:`ehcaudit.language.lint_filters`).
* Grammar patterns (``ehcaudit/data/grammar-patterns.yaml``, :mod:`ehcaudit.language.patterns`)
  add errors typical of hurried plan writing that Harper misses.
* The bundled vocabularies (SEND, public-sector, clinical: :mod:`ehcaudit.language.vocabulary`)
  and any user vocabulary files are added to Harper's dictionary.
* Words Harper does not know are not always misspellings: names, acronyms and codes are
  recognised as such (:mod:`ehcaudit.language.propernouns`).
* Unfilled template fields and addresses are not proofread, nor is text in double quotation
  marks (:mod:`ehcaudit.language.prose`).

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

import threading
from collections.abc import Iterable
from pathlib import Path

import harper

from ehcaudit.language.base import BUNDLED_VOCABULARIES, IssueKind, LangIssue, batches, block_at
from ehcaudit.language.bounds import blank_long_words, too_long
from ehcaudit.language.derivation import damerau_one, derived_word
from ehcaudit.language.harper_rules import harper_groups, rule_table, tables, words
from ehcaudit.language.lint_filters import dropped
from ehcaudit.language.patterns import pattern_issues
from ehcaudit.language.propernouns import POSSESSIVE, is_name, names_used_mid_sentence
from ehcaudit.language.prose import (
    blank_non_prose,
    long_sentences,
    pieces,
    quoted_spans,
    single_quoted_spans,
    slip_in_quotation,
)
from ehcaudit.language.vocabulary import (
    VOCABULARY_ENV,
    bundled_text,
    env_vocabulary_paths,
    parse_vocabulary,
    read_vocabulary_file,
)

__all__ = ["VOCABULARY_ENV", "HarperEngine", "get_engine", "parse_vocabulary", "read_vocabulary_file",
           "rule_table"]

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
#: Prefixes that make a real word of a known word ("reinspection", "semiformal", "preschool").
#: Only the productive prefixes of public-sector writing: a wider list lets typing slips through
#: ("disposses" is not "dis" + "posses"), measured on codespell's misspellings.
#: Prefixes that make a derived word of a known word ("reinspection", "bifrontal", "hypersalivation").
_PREFIXES = ("re", "pre", "co", "non", "multi", "inter", "sub", "semi", "post", "bi", "tri", "hemi", "intra", "extra",
             "hyper", "hypo", "peri", "pseudo", "anti", "over", "under")
#: Harper's spelling rules (run again on text under other lints: see ``_hidden_spelling``).
_SPELLING_RULES = frozenset({"SpellCheck", "SplitWords"})


def _suggestion_text(lint, s) -> str:

    if s.kind == harper.SuggestionKind.REMOVE:
        return ""
    if s.kind == harper.SuggestionKind.INSERT_AFTER:
        return lint.problem_text + s.replacement_text
    return s.replacement_text


def _message(message: str) -> str:
    return " ".join(message.replace("`", "'").split())


class HarperEngine:
    """Harper configured for British public-sector writing. See the module docstring."""

    name = "harper"

    def __init__(self, extra_vocabulary: Iterable[str | Path] = ()) -> None:

        self._harper = harper
        self._lock = threading.Lock()
        self._linter = harper.Linter(dialect=harper.Dialect.BRITISH)
        kinds, rules = rule_table()
        self._kinds, self._rules = kinds, rules
        config: dict[str, bool | None] = dict(self._linter.get_default_lint_config())
        for group, names in harper_groups(self._linter).items():
            if tables()[2].get(group) == "off":
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
        #: The dictionary look-up alone: what word a non-word is a slip of (``_slip_of_known``).
        self._spellcheck_config = {k: (k == "SpellCheck" and v) for k, v in config.items()}
        self._linter.set_lint_config(config)
        self._cache: dict[str, tuple[LangIssue, ...]] = {}
        self._known: dict[str, bool] = {}  # word -> known to the dictionary (derived words)
        self._vocab_files: set[str] = set()
        self._vocab: set[str] = set()  # casefolded, to catch forms Harper's import misses ("nan's")
        for name in BUNDLED_VOCABULARIES:
            self.add_words(parse_vocabulary(bundled_text(name)))
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
        names = names_used_mid_sentence(texts, raw)
        out = []
        for text, issues in zip(texts, raw, strict=True):
            kept = [i for i in issues if not is_name(i, text, names) and not self._in_vocabulary(i)
                    and not self._slash_word_in_vocabulary(i, text)]
            quoted = quoted_spans(text) + single_quoted_spans(text)
            if quoted:  # someone else's words, recorded verbatim: not the writer's errors, but for
                # the writer's own typing slips in a quoted sentence
                kept = [i for i in kept if not any(qs <= i.start and i.end <= qe for qs, qe in quoted)
                        or slip_in_quotation(i, text, quoted, self._known_word)]
            # a misspelt word inside a longer grammar error ("use seperate quiet area") does not
            # hide it: findings of different kinds never hide each other
            counted = [(i.start, i.end, i.kind) for i in kept if i.kind != "style"]
            if too_long(text):  # not proofread (ehcaudit.language.bounds)
                out.append(kept)
                continue
            extra = [i for i in pattern_issues(text)
                     if not any(i.start < e and i.end > s and (k != "spelling" or (i.start, i.end) == (s, e)
                                                             or not (i.start <= s and e <= i.end))
                                for s, e, k in counted)
                     and not any(qs <= i.start and i.end <= qe for qs, qe in quoted)]
            out.append(sorted(kept + extra, key=lambda i: (i.start, i.end)) if extra else kept)
        return out

    def _in_vocabulary(self, issue: LangIssue) -> bool:
        """A spelling issue on a vocabulary word, or on the possessive of a known word."""
        if issue.kind != "spelling":
            return False
        word = issue.text.casefold().replace("’", "'")
        base = POSSESSIVE.sub("", word)
        if base != word and base in (s.casefold() for s in issue.suggestions):
            return True  # the possessive of a word Harper knows ("headteacher's")
        return word in self._vocab or base in self._vocab

    def _slash_word_in_vocabulary(self, issue: LangIssue, text: str) -> bool:
        """A spelling issue on part of a vocabulary word written with a slash ("w/c 4 Jan")."""
        if issue.kind != "spelling" or "/" not in text[max(0, issue.start - 4):issue.end + 4]:
            return False
        s, e = issue.start, issue.end
        while s > 0 and (text[s - 1].isalpha() or text[s - 1] == "/"):
            s -= 1
        while e < len(text) and (text[e].isalpha() or text[e] == "/"):
            e += 1
        return "/" in text[s:e] and text[s:e].casefold() in self._vocab

    def _raw_many(self, texts: list[str]) -> list[tuple[LangIssue, ...]]:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache and t.strip() and not too_long(t)]
        for t in [t for t in todo if len(t) > _SPLIT_CHARS]:
            self._lint_long(t)
        todo = [t for t in todo if len(t) <= _SPLIT_CHARS]
        for batch in batches([len(t) for t in todo], _BATCH_CHARS + len(_SEP), len(_SEP)):
            self._lint_batch([todo[i] for i in batch])
        return [self._cache.get(t, ()) if t.strip() else () for t in texts]

    def _lint_long(self, text: str) -> None:
        """Lint a long block in pieces (see _SPLIT_CHARS); findings mapped back to the block."""
        found: list[LangIssue] = []
        for start, piece in pieces(text, _BATCH_CHARS):
            if not piece.strip():
                continue
            self._lint_batch([piece])
            found.extend(LangIssue(kind=i.kind, start=i.start + start, end=i.end + start, text=i.text,
                                   message=i.message, suggestions=i.suggestions, rule=i.rule)
                         for i in self._cache.get(piece, ()))
        self._cache[text] = tuple(sorted(found, key=lambda i: (i.start, i.end)))

    def _lint_batch(self, batch: list[str]) -> None:
        # over-long "words" blanked, offsets kept: ehcaudit.language.bounds
        joined = _SEP.join(blank_long_words(blank_non_prose(t.replace("\r", " "))) for t in batch)
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
            found[k].extend(long_sentences(t))
        if len(self._cache) + len(batch) > _CACHE_SIZE:
            self._cache.clear()
        for t, issues in zip(batch, found, strict=True):
            self._cache[t] = tuple(sorted(issues, key=lambda i: (i.start, i.end)))

    def _issue(self, rule, lint, joined: str, starts: list[int], batch: list[str],
               offset: int) -> tuple[int, LangIssue] | None:
        """``(block index, issue)`` for one Harper lint found at ``offset`` in ``joined``, or
        ``None`` when the lint is dropped."""
        kind = self._kind(rule, lint.lint_kind)
        if kind is None or (kind == "grammar" and lint.problem_text.lower() in words("british_forms")):
            return None
        s, e = lint.span.start + offset, lint.span.end + offset
        k = block_at(starts, s)
        b0 = starts[k]
        if e > b0 + len(batch[k]):
            return None  # straddles two blocks: an artefact of joining them
        slip = self._one_letter_too_many(lint.problem_text) if rule == "SplitWords" else None
        near = self._slip_of_known(lint.problem_text) if rule == "SplitWords" and slip is None else ()
        if slip is None and not near and dropped(rule, lint, joined, s, e, kind):
            return None
        suggestions = ((slip,) if slip is not None else near if near else
                       tuple(dict.fromkeys(_suggestion_text(lint, x) for x in lint.suggestions)))
        if kind == "spelling" and (self._prefixed_word(lint.problem_text)
                                   or derived_word(lint.problem_text, self._known_word, suggestions)):
            return None  # a derived word missing from the dictionary (ehcaudit.language.derivation)
        return k, LangIssue(
            kind=kind, start=s - b0, end=e - b0, text=batch[k][s - b0:e - b0],
            message=(f"'{lint.problem_text}' looks like '{slip}' with one letter too many." if slip is not None
                     else f"'{lint.problem_text}' looks like a slip for '{near[0]}'." if near
                     else _message(lint.message)),
            suggestions=suggestions[:_MAX_SUGGESTIONS],
            rule=f"harper:{rule}",
        )

    def _one_letter_too_many(self, word: str) -> str | None:
        """The known word that ``word`` is with one letter typed too many ("towwards": towards,
        "becausse": because), or ``None``. Harper offers such a slip only as two words ("tow
        wards"), which reads like a stem and a suffix; a typing slip is the likelier reading. A
        final "s" is left alone ("homewards" is not a slip of "homeward"), and so are words
        under six letters."""
        if not word.isalpha() or len(word) < 6:
            return None
        for i in range(len(word) - 1):
            candidate = word[:i] + word[i + 1:]
            if self._known_word(candidate):
                return candidate
        return None

    def _slip_of_known(self, word: str) -> tuple[str, ...]:
        """The known words that ``word`` is one letter short of, one letter too many or wrong, or
        one swap away from ("varable": variable; "relable": relabel, reliable), among the dictionary's
        suggestions for it; empty if none. Harper offers such a slip only as two words ("var
        able"), which reads like a stem and a suffix ("chewable" -> "chew able", a derived word it
        does not know and no slip of any word). Lower-case words of six letters or more only."""
        if not word.isalpha() or not word.islower() or len(word) < 6:
            return ()
        found = (_suggestion_text(lint, x) for lints in self._spelling_lints(word, self._spellcheck_config).values()
                 for lint in lints for x in lint.suggestions)
        return tuple(dict.fromkeys(c for c in found if " " not in c and damerau_one(word, c.lower())))

    def _prefixed_word(self, word: str) -> bool:
        """A lower-case word made of a common prefix and a word Harper knows ("reinspection",
        "semiformal", "bifrontal"): a derived word missing from the dictionary, not a misspelling.
        Capitalised, it is left to the vocabularies: a slip starting a sentence ("Reponders") reads
        as a prefix and a word as often as a real term does."""
        if not word.isalpha() or not word.islower() or len(word) < 7:
            return False
        for p in _PREFIXES:
            rest = word[len(p):]
            if word.startswith(p) and len(rest) >= 6 and not rest.startswith(p) and self._known_word(rest):
                return True
        return False

    def _spelling_lints(self, text: str, config: dict | None = None) -> dict:
        """Harper's lints of ``text`` with the spelling rules alone, or ``config`` (the linter's
        full configuration is put back afterwards)."""
        with self._lock:
            self._linter.set_lint_config(config or self._spelling_config)
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
