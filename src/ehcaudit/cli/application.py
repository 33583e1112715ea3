"""The typer application every command module registers on.

It lives apart from ``ehcaudit.cli`` (which imports the command modules) so that a command
module imports this, not the package that imports it: no import cycle. (The module is not
named ``app``: the package exports the object ``app``, which would shadow such a submodule.)
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="ehcaudit",
    help="Audit the quality of Education, Health and Care plans, with evidence for every score.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
