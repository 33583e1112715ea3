"""The packaged rubric, parsed once a process for every test module that reads it.

Parsing compiles every pattern list (about 0.5 s of processor time); 18 test modules parsed it
again at import, so each pytest-xdist worker spent about 9 s of its collection on the same
rubric. The Rubric is only read by the tests (none assigns to it)."""

from __future__ import annotations

from ehcaudit.rubric.schema import default_rubric_path, load_rubric

RUBRIC = load_rubric(default_rubric_path())
