"""The optional LanguageTool engine: a LanguageTool server the *user* runs and configures.

ehcaudit never starts, downloads or bundles LanguageTool. We use language-tool-python only
as an HTTP client: given ``remote_server`` it neither downloads the Java server nor starts a
process (checked in language-tool-python 3.4: construction resolves "localhost" locally,
then asks the configured server for ``/v2/languages``; every check is a POST to
``/v2/check``, so plan text travels in the request body, never in a URL).

Plan text is special-category data about a child. The public LanguageTool API
(``api.languagetool.org``, ``languagetoolplus.com`` and other ``languagetool.org`` hosts) is
refused unless the caller says explicitly that plan text may leave the machine:
:func:`make_languagetool_engine` ``(url, allow_public=True)``.

What is disabled and how LanguageTool's categories map to spelling / grammar / style is data:
``ehcaudit/data/languagetool.yaml``.
"""

from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ehcaudit.language.base import (
    BUNDLED_VOCABULARIES,
    EngineError,
    IssueKind,
    LangIssue,
    batches,
    block_at,
)
from ehcaudit.language.bounds import blank_long_words, too_long
from ehcaudit.reader.limits import MAX_VOCABULARY_BYTES, read_limited

#: Hosts of the public LanguageTool service (and their sub-domains): plan text sent there
#: leaves the council's control.
PUBLIC_HOSTS: tuple[str, ...] = ("languagetool.org", "languagetoolplus.com", "languagetool.com")

#: Requests are batched: blocks joined by a blank line, at most this many characters a request
#: (LanguageTool servers commonly cap a request at 20,000 characters for anonymous use).
MAX_REQUEST_CHARS = 15_000
_JOIN = "\n\n"


@dataclass(frozen=True)
class LanguageToolConfig:
    """The settings in ``data/languagetool.yaml``."""

    language: str = "en-GB"
    timeout_seconds: float = 60.0
    disabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    rule_kinds: dict[str, IssueKind] = field(default_factory=dict)
    category_kinds: dict[str, IssueKind] = field(default_factory=dict)
    issue_type_kinds: dict[str, IssueKind] = field(default_factory=dict)

    def kind_of(self, rule_id: str, category: str, issue_type: str) -> IssueKind:
        """spelling | grammar | style for one match: by rule, then category, then issue type."""
        for table, key in (
            (self.rule_kinds, rule_id),
            (self.category_kinds, category),
            (self.issue_type_kinds, issue_type),
        ):
            if key in table:
                return table[key]
        return "style"


@lru_cache(maxsize=1)
def default_config() -> LanguageToolConfig:
    text = (
        resources.files("ehcaudit").joinpath("data/languagetool.yaml").read_text(encoding="utf-8")
    )
    data = yaml.safe_load(text)
    kinds = data.get("kinds") or {}
    return LanguageToolConfig(
        language=data.get("language", "en-GB"),
        timeout_seconds=float(data.get("timeout_seconds", 60)),
        disabled_rules=tuple(data.get("disabled_rules") or ()),
        disabled_categories=tuple(data.get("disabled_categories") or ()),
        rule_kinds=dict(kinds.get("rules") or {}),
        category_kinds=dict(kinds.get("categories") or {}),
        issue_type_kinds=dict(kinds.get("issue_types") or {}),
    )


def is_public_host(url: str) -> bool:
    host = (urllib.parse.urlsplit(url).hostname or "").lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in PUBLIC_HOSTS)


def normalise_url(url: str) -> str:
    url = (url or "").strip()
    if not url:
        raise EngineError("LanguageTool: no server URL given")
    if "://" not in url:
        url = "http://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EngineError(f"LanguageTool: {url!r} is not an http(s) server URL")
    path = parts.path
    # Accept the server root or its API root ("http://host:8081" or ".../v2").
    if path.rstrip("/").endswith("/v2"):
        path = path.rstrip("/")[: -len("/v2")]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path.rstrip("/") + "/", "", ""))


#: Environment variable naming extra vocabulary files (shared with the Harper engine).
VOCABULARY_ENV = "EHCAUDIT_VOCABULARY"


def _vocabulary_words(text: str) -> set[str]:
    """Words of a vocabulary file: one term a line, ``#`` comments, phrases split into words."""
    out: set[str] = set()
    for line in text.splitlines():
        for w in line.split("#", 1)[0].split():
            w = w.strip('.,;:()"“”').casefold()
            if w:
                out.add(w)
    return out


def _load_vocabulary(vocabulary: Any) -> frozenset[str]:
    """Words never reported as misspelt: the bundled SEND vocabulary, the files named in
    ``EHCAUDIT_VOCABULARY`` and ``vocabulary`` (a vocabulary file, or an iterable of files)."""
    words = set()
    for name in BUNDLED_VOCABULARIES:
        bundled = resources.files("ehcaudit").joinpath("data", name)
        if bundled.is_file():
            words |= _vocabulary_words(bundled.read_text(encoding="utf-8"))
    paths: list[str | os.PathLike] = [
        p for p in os.environ.get(VOCABULARY_ENV, "").split(os.pathsep) if p.strip()
    ]
    if isinstance(vocabulary, str | os.PathLike):
        paths.append(vocabulary)
    elif vocabulary is not None:
        paths.extend(vocabulary)
    for p in paths:
        try:
            words |= _vocabulary_words(read_limited(p, MAX_VOCABULARY_BYTES, "vocabulary").decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError) as e:
            reason = getattr(e, "strerror", None) or "not a UTF-8 text file"
            raise EngineError(f"vocabulary {p}: {reason}") from None
    return frozenset(words)


def _in_vocabulary(word: str, vocabulary: frozenset[str]) -> bool:
    w = word.strip().casefold()
    for form in (w, w.removesuffix("'s"), w.removesuffix("’s"), w.removesuffix("s")):
        if form in vocabulary:
            return True
    return False


class LanguageToolEngine:
    """An :class:`~ehcaudit.language.base.Engine` backed by a LanguageTool HTTP server."""

    name = "languagetool"

    def __init__(self, url: str, config: LanguageToolConfig | None = None, vocabulary: Any = None):
        self.config = config or default_config()
        self.url = url
        self.vocabulary = _load_vocabulary(vocabulary)
        try:
            # lazy: language_tool_python costs about 0.2 s; only a LanguageTool engine that is built
            # needs it
            import language_tool_python
            from language_tool_python.exceptions import LanguageToolError
        except ImportError as e:  # pragma: no cover - a declared dependency
            raise EngineError(
                f"LanguageTool: language-tool-python is not installed ({e})"
            ) from None
        self._lt_error = LanguageToolError
        try:
            tool = language_tool_python.LanguageTool(self.config.language, remote_server=url)
        except (LanguageToolError, OSError, ValueError) as e:
            raise EngineError(
                f"LanguageTool server {url}: cannot be used ({_one_line(e)})"
            ) from None
        # language-tool-python waits up to 300 s a request, twice; a hung server should not
        # hold an audit for ten minutes. (_TIMEOUT is its per-request timeout attribute.)
        tool._TIMEOUT = self.config.timeout_seconds  # type: ignore[assignment]  # (the library types it Literal[300])
        tool.disabled_rules = set(self.config.disabled_rules)
        tool.disabled_categories = set(self.config.disabled_categories)
        self._tool = tool

    # -- Engine protocol ---------------------------------------------------------------------
    def check(self, text: str) -> list[LangIssue]:
        return self.check_many([text])[0]

    def check_many(self, texts: list[str]) -> list[list[LangIssue]]:
        out: list[list[LangIssue]] = [[] for _ in texts]
        for batch in batches([len(t) for t in texts], MAX_REQUEST_CHARS, len(_JOIN)):
            # over-long words and blocks are not proofread (ehcaudit.language.bounds); offsets kept
            joined = _JOIN.join(" " * len(texts[i]) if too_long(texts[i]) else blank_long_words(texts[i])
                                for i in batch)
            starts = []
            pos = 0
            for i in batch:
                starts.append(pos)
                pos += len(texts[i]) + len(_JOIN)
            for m in self._query(joined):
                k = block_at(starts, m.offset)
                i = batch[k]
                start = m.offset - starts[k]
                end = start + m.error_length
                if start < 0 or end > len(texts[i]):
                    continue  # spans two blocks: not one block's problem
                issue = self._issue(texts[i], start, end, m)
                if issue is not None:
                    out[i].append(issue)
        return out

    # -- internals -------------------------------------------------------------------------------
    def _query(self, text: str):
        if not text.strip():
            return []
        try:
            return self._tool.check(text)
        except (self._lt_error, OSError, ValueError, KeyError, TypeError) as e:
            raise EngineError(
                f"LanguageTool server {self.url}: check failed ({_one_line(e)})"
            ) from None

    def _issue(self, text: str, start: int, end: int, m) -> LangIssue | None:
        kind = self.config.kind_of(m.rule_id, m.category, m.rule_issue_type)
        words = text[start:end]
        if kind == "spelling" and _in_vocabulary(words, self.vocabulary):
            return None
        return LangIssue(
            kind=kind,
            start=start,
            end=end,
            text=words,
            message=m.message,
            suggestions=tuple(m.replacements[:5]),
            rule=f"lt:{m.rule_id}",
        )

    def close(self) -> None:
        self._tool.close()


def _one_line(e: BaseException) -> str:
    """A short reason: the operating system's words when there are some ("Connection refused")."""
    text = " ".join(str(e).split()) or type(e).__name__
    m = re.search(r"\[Errno -?\d+\] ([^\"')\]]+)", text)
    if m:
        return m.group(1).strip().rstrip(".")
    if "timed out" in text.lower():
        return "timed out"
    return text[:200]


def make_languagetool_engine(
    url: str, allow_public: bool = False, vocabulary: Any = None
) -> LanguageToolEngine:
    """The LanguageTool engine for a server the user runs.

    Raises :class:`~ehcaudit.language.engines.EngineError` (one line) for a bad URL, a public
    LanguageTool host without ``allow_public=True`` (checked before any connection), or a
    server that cannot be reached.
    """
    norm = normalise_url(url)
    if is_public_host(norm) and not allow_public:
        host = urllib.parse.urlsplit(norm).hostname
        raise EngineError(
            f"LanguageTool: refusing the public service {host}: plan text would leave this "
            "machine; run your own LanguageTool server, or pass --allow-public-languagetool "
            "if plan text may be sent there"
        )
    return LanguageToolEngine(norm, vocabulary=vocabulary)
