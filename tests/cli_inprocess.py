"""Run the ``ehcaudit`` CLI in this process (typer's CliRunner) with the shape of a finished
process (returncode, stdout, stderr), for tests where a separate process is not what is tested:
it saves starting Python and loading the grammar engine again for every command (about 2 s of
processor time each). Tests about tracebacks, time limits, hardening or the installed wheel keep
running the CLI in a real process."""

from __future__ import annotations

import subprocess

from typer.testing import CliRunner

from ehcaudit.cli import app


def run_cli(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    r = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception  # an in-process traceback: show it, as the process would have
    return subprocess.CompletedProcess(list(args), r.exit_code, r.stdout, r.stderr)
