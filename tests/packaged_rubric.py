"""The packaged rubric, parsed once a process for every test module that reads it.

Parsing validates the rubric and compiles every pattern list; 18 test modules parsed it again at
import. Measured (`pytest --collect-only`, bytecode cached, shared machine): 7.3 s of processor
time before, 4.8 s after, for each pytest-xdist worker's collection. The tests only read the
Rubric (none assigns to it)."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

from ehcaudit.rubric.schema import default_rubric_path, load_rubric
from ehcaudit.yaml_safe import safe_load

RUBRIC = load_rubric(default_rubric_path())


# -- a rubric file's YAML tree, for tests that change a copy of it and write it out again ----------
# Read once a process as ehcaudit reads rubrics (ehcaudit.yaml_safe: libyaml when present) and copied
# for each caller, written with libyaml's dumper. Measured on the packaged rubric (263 kB): the
# pure-Python yaml.safe_load 0.19 s and yaml.safe_dump 0.13 s of processor time, the C ones 0.017 s
# each and a deep copy 0.002 s; the trees and the text written are the same.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@functools.cache
def _tree(path: Path) -> Any:
    return safe_load(path.read_text(encoding="utf-8"))


def yaml_tree(path: Path | None = None) -> Any:
    """A fresh copy of the YAML tree of ``path`` (the packaged rubric if None): each caller may
    change its copy."""
    return copy.deepcopy(_tree(Path(path or default_rubric_path()).resolve()))


def dump_yaml(data: Any, **options: Any) -> str:
    """``yaml.safe_dump(data, **options)``, with libyaml's dumper where it is installed."""
    return yaml.dump(data, Dumper=_DUMPER, **options)
