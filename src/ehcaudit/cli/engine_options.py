"""Command-line options that choose the proofreading engine, shared by every command that
proofreads (``proofread``, and ``score``/``audit`` for LG-SPELLING and LG-GRAMMAR).

Not a command itself. A command adds the two options and calls :func:`apply_engine_options`
first thing::

    from ehcaudit.cli.engine_options import (
        ALLOW_PUBLIC_OPTION, LANGUAGETOOL_OPTION, apply_engine_options)

    def proofread(..., languagetool_url: str | None = LANGUAGETOOL_OPTION,
                  allow_public_languagetool: bool = ALLOW_PUBLIC_OPTION):
        apply_engine_options(languagetool_url, allow_public_languagetool)
"""

from __future__ import annotations

import typer

from ehcaudit.cli.common import err
from ehcaudit.language import engines
from ehcaudit.language.engines import EngineError

LANGUAGETOOL_OPTION = typer.Option(
    None,
    "--languagetool-url",
    envvar=engines.ENV_URL,
    metavar="URL",
    help="Proofread with the LanguageTool server you run at URL (e.g. http://localhost:8081) "
    "instead of the built-in offline engine. Plan text is sent to that server.",
)
ALLOW_PUBLIC_OPTION = typer.Option(
    False,
    "--allow-public-languagetool",
    help="Allow --languagetool-url to name the public LanguageTool service "
    "(api.languagetool.org): plan text will leave this machine. Refused without this flag.",
)


def apply_engine_options(languagetool_url: str | None, allow_public: bool) -> None:
    """Record the choice for this process (forked workers inherit it), before any plan is read.

    A public LanguageTool URL without the flag is a usage error (exit 2). With a URL, the
    server is contacted once here, so one that is down stops the command at once with one
    line (``error: LanguageTool server URL: cannot be used (Connection refused)``, exit 2)
    instead of failing on every plan."""
    if languagetool_url:
        # lazy: the LanguageTool client costs 40 ms; only a --languagetool-url needs it
        from ehcaudit.language.languagetool import is_public_host, normalise_url

        try:
            url = normalise_url(languagetool_url)
        except EngineError as e:
            raise typer.BadParameter(str(e), param_hint="--languagetool-url") from None
        if is_public_host(url) and not allow_public:
            raise typer.BadParameter(
                "refusing the public LanguageTool service: plan text would leave this machine; "
                "run your own server, or add --allow-public-languagetool",
                param_hint="--languagetool-url",
            )
    engines.configure(languagetool_url, allow_public)
    if languagetool_url:
        try:
            engines.get_engine()
        except EngineError as e:
            err(f"error: {e}")
            raise typer.Exit(2) from None
