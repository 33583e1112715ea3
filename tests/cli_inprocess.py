"""Run the ``ehcaudit`` CLI in this process (typer's CliRunner) with the shape of a finished
process (returncode, stdout, stderr), for tests where a separate process is not what is tested:
it saves starting Python, parsing the rubric and loading the grammar engine again for every
command (about 1.7 s of processor time each). Tests about a crash, a kill, a time limit's
mechanism, racing processes, memory, offline start-up or the installed entry point keep running
the CLI in a real process.

Each call is isolated as a process would be: ``env`` is set for the call only (a value of None
unsets a variable) and restored after it, ``cwd`` is entered for the call only, stdout and
stderr are captured apart (stdin is ``input``, or empty), and the exit code is the command's. An
exception that escapes the command is raised here: a traceback in a process is a failure here
too. What is deliberately shared between calls is only what a process would build again the
same way (the parsed rubric, the grammar engine, compiled patterns); what a process builds from
its environment or options once and keeps (the tool version, the grammar engine's vocabulary)
is built afresh for a call that sets them and put back after it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from pathlib import Path

from typer.testing import CliRunner

from ehcaudit import audit as _audit
from ehcaudit.cli import app
from ehcaudit.language import engines, harper_engine
from ehcaudit.language.languagetool import VOCABULARY_ENV
from ehcaudit.testhooks import HOOK_KILL_AFTER, HOOK_TOOL_VERSION


@contextmanager
def _own_grammar_engine() -> Iterator[None]:
    """The process's grammar engines set aside for the call: vocabulary (``--vocabulary``,
    ``EHCAUDIT_VOCABULARY``) is added to the one engine a process builds and kept, so a call
    that names any gets an engine of its own, and the next call the one from before."""
    saved, saved_harper = dict(engines._cache), harper_engine._ENGINE
    engines._cache.clear()
    harper_engine._ENGINE = None
    try:
        yield
    finally:
        engines.clear_cache()  # those built for this call
        engines._cache.update(saved)
        harper_engine._ENGINE = saved_harper


def run_cli(*args: str | os.PathLike[str], input: str | None = None, env: Mapping[str, str | None] | None = None,
            cwd: str | os.PathLike[str] | None = None) -> subprocess.CompletedProcess:
    env = dict(env or {})
    if env.get(HOOK_KILL_AFTER) or os.environ.get(HOOK_KILL_AFTER):
        raise ValueError(f"{HOOK_KILL_AFTER} kills the process: run that command in a process of its own")
    args_s = [os.fspath(a) for a in args]
    vocabulary = "--vocabulary" in args_s or bool(env.get(VOCABULARY_ENV) or os.environ.get(VOCABULARY_ENV))
    # the tool version is worked out once a process (lru_cache): a pin for this call must not
    # leak into the next call, nor an earlier call's version into this one (20 ms to work out)
    pinned = HOOK_TOOL_VERSION in env or HOOK_TOOL_VERSION in os.environ
    if pinned:
        _audit.tool_version.cache_clear()
    old_cwd = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        with _own_grammar_engine() if vocabulary else nullcontext():
            r = CliRunner().invoke(app, args_s, input=input or "", env=env)
    finally:
        os.chdir(old_cwd)
        if pinned:
            _audit.tool_version.cache_clear()
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception  # an in-process traceback: show it, as the process would have
    return subprocess.CompletedProcess(args_s, r.exit_code, r.stdout, r.stderr)
