"""ehcaudit installs like any Python package: data files are package data, the default rubric
is found inside the installed package, and a wheel installed the ordinary way scores a plan."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from ehcaudit.rubric.source import default_rubric_bytes, default_rubric_path

ROOT = Path(__file__).resolve().parent.parent
EHCAUDIT = [str(Path(sys.executable).parent / "ehcaudit")]
SAMPLE = sorted((ROOT / "sample_plans").rglob("*.docx"))[0]


def run(args, cwd, exe=None):
    return subprocess.run([exe or EHCAUDIT[0], *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)


def test_repo_rubric_is_the_packaged_rubric_byte_for_byte():
    repo_copy = ROOT / "rubrics" / "ehcp-core.yaml"
    assert repo_copy.read_bytes() == default_rubric_bytes(), (
        "rubrics/ehcp-core.yaml and src/ehcaudit/data/ehcp-core.yaml differ: the packaged one is the "
        "default the CLI uses; edit it and copy it over: cp src/ehcaudit/data/ehcp-core.yaml rubrics/")


def test_default_rubric_is_package_data():
    p = default_rubric_path()
    assert p.parent.name == "data" and p.parent.parent.name == "ehcaudit"
    assert p.read_bytes() == default_rubric_bytes()


def test_every_data_file_the_code_reads_is_package_data():
    data = resources.files("ehcaudit").joinpath("data")
    names = {e.name for e in data.iterdir()}
    for need in ("ehcp-core.yaml", "attributes.yaml", "grammar-patterns.yaml", "harper-rules.yaml",
                 "languagetool.yaml", "send-vocabulary.txt"):
        assert need in names
    templates = {e.name for e in resources.files("ehcaudit").joinpath("templates").iterdir()}
    assert {"plan.html.j2", "trend.html.j2"} <= templates


def test_vendored_national_template_has_its_licence():
    tpl = ROOT / "tests" / "data" / "national-ehcp-template.docx"
    lic = ROOT / "tests" / "data" / "national-ehcp-template.LICENSE"
    assert zipfile.is_zipfile(tpl)
    text = lic.read_text(encoding="utf-8")
    assert "MIT License" in text and "Somerset Council" in text


def test_no_test_reads_the_template_from_outside_the_repo():
    for f in (ROOT / "tests").glob("*.py"):
        if f.name == Path(__file__).name:
            continue
        src = f.read_text(encoding="utf-8")
        assert "shared/reference" not in src and not re.search(r'"shared"\s*/\s*"reference"', src), f.name


def test_rubric_init_writes_the_default_rubric(tmp_path):
    # the packaged rubric is what is checked, not the process: the CLI runs in this process (the
    # installed wheel has its own test below)
    with contextlib.chdir(tmp_path):
        _rubric_init_and_check(tmp_path)


def _rubric_init_and_check(tmp_path: Path) -> None:
    r = run_cli("rubric", "init", str(tmp_path / "mine.yaml"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "mine.yaml").read_bytes() == default_rubric_bytes()
    # a folder gets ehcp-core.yaml inside it; an existing file is not overwritten without --force
    r = run_cli("rubric", "init", str(tmp_path))
    assert r.returncode == 0 and (tmp_path / "ehcp-core.yaml").exists()
    (tmp_path / "mine.yaml").write_text("edited", encoding="utf-8")
    r = run_cli("rubric", "init", str(tmp_path / "mine.yaml"))
    assert r.returncode == 1 and "already exists" in r.stderr
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "edited"
    r = run_cli("rubric", "init", "--force", str(tmp_path / "mine.yaml"))
    assert r.returncode == 0 and (tmp_path / "mine.yaml").read_bytes() == default_rubric_bytes()
    # the copy is a valid rubric a quality lead can score with
    r = run_cli("rubric", "check", str(tmp_path / "mine.yaml"))
    assert r.returncode == 0 and ": ok" in r.stdout


@pytest.mark.slow
def test_wheel_installed_not_editable_scores_a_plan_with_the_default_rubric(tmp_path):
    """Build the wheel offline, install it (not editable) in a fresh virtual environment whose
    dependencies come from this one, and score a sample plan from a folder far from the repo."""
    wheels = tmp_path / "wheels"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "--disable-pip-version-check", "-q", "-w", str(wheels), str(ROOT)],
                       capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    (whl,) = wheels.glob("ehcaudit-*.whl")
    with zipfile.ZipFile(whl) as z:
        names = set(z.namelist())
    assert "ehcaudit/data/ehcp-core.yaml" in names and "ehcaudit/templates/plan.html.j2" in names
    assert "ehcaudit/data/attributes.yaml" in names
    assert "ehcaudit/workspace/templates/base.html.j2" in names  # the workspace's pages

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    vpy = venv / "bin" / "python"
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(vpy), "install", "--no-deps",
                        "--no-index", "--disable-pip-version-check", "-q", str(whl)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    # the dependencies already installed here (no network): this venv's site-packages, appended
    # after the fresh one's, so ehcaudit itself comes from the wheel
    site = subprocess.run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    ours = subprocess.run([sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "zz_test_deps.pth").write_text(ours + "\n", encoding="utf-8")

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = subprocess.run([str(vpy), "-c", "import ehcaudit, ehcaudit.rubric.source as s; "
                            "print(ehcaudit.__file__); print(s.default_rubric_path())"],
                           capture_output=True, text=True, cwd=work, env=env, check=True).stdout.split("\n")
    assert where[0].startswith(str(venv)), where  # the installed copy, not the source tree
    assert where[1].startswith(str(venv)) and where[1].endswith("ehcaudit/data/ehcp-core.yaml"), where

    plan = work / SAMPLE.name
    plan.write_bytes(SAMPLE.read_bytes())
    exe = str(venv / "bin" / "ehcaudit")
    r = subprocess.run([exe, "score", plan.name, "--format", "json", "--as-of", "2026-03-31"],
                       capture_output=True, text=True, cwd=work, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    doc = json.loads(r.stdout)
    assert doc["rubric"]["id"] == "ehcp-core" and not doc["errors"]
    (res,) = doc["plans"]
    levels = [c["level"] for c in res["criteria"] if c["applicable"]]
    assert len(levels) >= 20 and all(isinstance(v, int) for v in levels)
    assert sum(1 for c in res["sections"].values() if c["found"]) >= 10
    assert any(f["quote"] and f["location"] for c in res["criteria"] for f in c["findings"])

    r = subprocess.run([exe, "rubric", "init"], capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (work / "ehcp-core.yaml").read_bytes() == default_rubric_bytes()
