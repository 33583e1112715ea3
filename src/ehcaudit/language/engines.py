"""Choosing the proofreading engine: Harper (default, offline, in-process) or a LanguageTool
server the user configures. Every command and check that proofreads asks here.

Configuration, most specific first:

1. arguments to :func:`get_engine` (the CLI's ``--languagetool-url URL`` and
   ``--allow-public-languagetool``, passed through :func:`configure` or directly);
2. the environment: ``EHCAUDIT_LANGUAGETOOL_URL`` (a server URL) and
   ``EHCAUDIT_ALLOW_PUBLIC_LANGUAGETOOL=1`` (plan text may be sent to the public service);
3. otherwise Harper.

Engines are built once per process and reused (start-up is never paid per plan).
"""

from __future__ import annotations

import os
from typing import Any

from ehcaudit.language.base import Engine, EngineError  # EngineError: still importable from here

ENV_URL = "EHCAUDIT_LANGUAGETOOL_URL"
ENV_ALLOW_PUBLIC = "EHCAUDIT_ALLOW_PUBLIC_LANGUAGETOOL"

_TRUE = {"1", "true", "yes", "on"}


#: Set by the CLI (``--languagetool-url``, ``--allow-public-languagetool``) for the process.
_configured: dict[str, Any] = {"languagetool_url": None, "allow_public": False}
_cache: dict[tuple, Engine] = {}


def configure(languagetool_url: str | None = None, allow_public: bool = False) -> None:
    """Record the command line's engine choice for this process (checks read it through
    :func:`get_engine`). Worker processes forked after this inherit it; a command that spawns
    workers passes :func:`languagetool_settings` to them. The environment is never changed."""
    _configured["languagetool_url"] = languagetool_url or None
    _configured["allow_public"] = bool(allow_public)


def languagetool_settings(
    languagetool_url: str | None = None, allow_public: bool = False
) -> tuple[str | None, bool]:
    """The LanguageTool URL in force (argument, then :func:`configure`, then environment)."""
    url = (
        languagetool_url
        or _configured["languagetool_url"]
        or os.environ.get(ENV_URL, "").strip()
        or None
    )
    allow = (
        bool(allow_public)
        or bool(_configured["allow_public"])
        or os.environ.get(ENV_ALLOW_PUBLIC, "").strip().lower() in _TRUE
    )
    return url, allow


def _vocab_key(vocabulary: Any) -> tuple[str, ...]:
    return tuple(str(p) for p in _vocab_paths(vocabulary))


def get_engine(
    languagetool_url: str | None = None, allow_public: bool = False, vocabulary: Any = None
) -> Engine:
    """The engine to proofread with: LanguageTool when a server URL is configured, else Harper.

    Raises :class:`EngineError` (one line) when the configured engine cannot be used: a public
    LanguageTool URL without permission, a server that is down, or Harper not installed.
    ``vocabulary``: a vocabulary file (one term a line) or a list of them, added to the bundled
    SEND vocabulary and the files named in ``EHCAUDIT_VOCABULARY``.
    """
    url, allow = languagetool_settings(languagetool_url, allow_public)
    key = (
        ("languagetool", url, allow, _vocab_key(vocabulary))
        if url
        else ("harper", _vocab_key(vocabulary))
    )
    if key in _cache:
        return _cache[key]
    if url:
        # lazy: the LanguageTool client (40 ms, plus language_tool_python 0.2 s) only when that
        # engine is chosen
        from ehcaudit.language.languagetool import make_languagetool_engine

        engine: Engine = make_languagetool_engine(url, allow_public=allow, vocabulary=vocabulary)
    else:
        engine = _harper(vocabulary)
    _cache[key] = engine
    return engine


def _harper(vocabulary: Any) -> Engine:
    try:
        # lazy: Harper's engine costs about 80 ms; `ehcaudit --help` and a warm re-audit never build
        # an engine
        from ehcaudit.language import harper_engine
    except ModuleNotFoundError as e:
        if e.name != "ehcaudit.language.harper_engine":
            raise
        raise EngineError(
            "the Harper engine (ehcaudit.language.harper_engine) is not available in this "
            "build; configure a LanguageTool server with --languagetool-url"
        ) from None
    factory = getattr(harper_engine, "get_engine", None)
    if factory is None:
        raise EngineError(
            "ehcaudit.language.harper_engine has no get_engine(); the Harper engine is not "
            "finished in this build"
        ) from None
    try:
        return factory(extra_vocabulary=_vocab_paths(vocabulary))
    except (OSError, UnicodeDecodeError) as e:
        reason = getattr(e, "strerror", None) or "not a UTF-8 text file"
        name = getattr(e, "filename", None) or "a vocabulary file"
        raise EngineError(f"vocabulary {name}: {reason}") from None


def _vocab_paths(vocabulary: Any) -> list:
    if vocabulary is None:
        return []
    if isinstance(vocabulary, str | os.PathLike):
        return [vocabulary]
    return list(vocabulary)


def clear_cache() -> None:
    """Forget built engines (tests; or after changing configuration)."""
    for engine in _cache.values():
        close = getattr(engine, "close", None)
        if callable(close):
            close()
    _cache.clear()
