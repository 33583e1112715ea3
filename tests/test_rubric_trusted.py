"""The packaged rubric's own bytes load without compiling its ~2,900 patterns (each check
compiles its own on first use); every other rubric, and `ehcaudit rubric check` of any rubric,
still compiles and guards every pattern (issue 14 item 5)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from packaged_rubric import yaml_tree

from ehcaudit.errors import RubricError
from ehcaudit.regex_cache import patterns_trusted
from ehcaudit.rubric.files import default_rubric_bytes, default_rubric_path
from ehcaudit.rubric.schema import load_rubric, load_rubric_bytes
from ehcaudit.rubric.source import rubric_digest


def _break_one_pattern(tree) -> str:
    """Put an unclosed group into the first list of patterns of a check; return its criterion id."""
    for c in tree["criteria"]:
        for key, value in c["check"].items():
            if key.endswith("patterns") and isinstance(value, list) and value and isinstance(value[0], str):
                value[0] = "(unclosed"
                return c["id"]
    raise AssertionError("no pattern list in the packaged rubric")


def test_packaged_rubric_is_the_same_whether_its_patterns_are_checked_or_not():
    data = default_rubric_bytes()
    trusted = load_rubric_bytes(data, "packaged")
    checked = load_rubric_bytes(data, "packaged", check_patterns=True)  # what `rubric check` does
    assert rubric_digest(trusted) == rubric_digest(checked)
    assert trusted.file_sha256 == checked.file_sha256
    assert not patterns_trusted()  # the trust ends with the load


def test_a_changed_copy_of_the_packaged_rubric_has_every_pattern_checked(tmp_path):
    tree = yaml_tree()
    cid = _break_one_pattern(tree)
    bad = tmp_path / "mine.yaml"
    bad.write_text(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(RubricError) as e:
        load_rubric(bad)
    assert any(cid in path and "not a valid regular expression" in reason for path, reason in e.value.problems)


def test_rubric_check_of_a_broken_copy_is_one_line_per_problem(tmp_path):
    tree = yaml_tree()
    cid = _break_one_pattern(tree)
    bad = tmp_path / "mine.yaml"
    bad.write_text(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "ehcaudit", "rubric", "check", str(bad)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 1
    assert "Traceback" not in p.stderr
    lines = p.stderr.strip().splitlines()
    assert lines and all(line.startswith(str(bad)) for line in lines)
    assert any(cid in line and "not a valid regular expression" in line for line in lines)


def test_rubric_check_of_the_packaged_rubric_checks_every_pattern(monkeypatch):
    from ehcaudit.rubric import schema

    seen: list[bool] = []
    real = schema.parse_rubric

    def spy(data, source="<rubric>", *, check_patterns=True):
        seen.append(check_patterns)
        return real(data, source, check_patterns=check_patterns)

    monkeypatch.setattr(schema, "parse_rubric", spy)
    load_rubric(default_rubric_path(), check_patterns=True)
    load_rubric(default_rubric_path())
    assert seen == [True, False]
