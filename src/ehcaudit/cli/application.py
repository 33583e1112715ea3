"""The typer application every command module registers on.

It lives apart from ``ehcaudit.cli`` (which imports the command modules) so that a command
module imports this, not the package that imports it: no import cycle. (The module is not
named ``app``: the package exports the object ``app``, which would shadow such a submodule.)
"""

from __future__ import annotations

import typer


def command_group(name: str, help: str) -> typer.Typer:
    """A typer application (the root ``app``, or a group such as ``ehcaudit store``) set up as every
    one of ehcaudit's is: usage when called bare, no shell-completion commands, plain errors."""
    return typer.Typer(name=name, help=help, no_args_is_help=True, add_completion=False,
                       pretty_exceptions_enable=False)


app = command_group("ehcaudit", "Audit the quality of Education, Health and Care plans, with evidence for every score.")
