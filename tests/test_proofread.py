"""`ehcaudit proofread` end to end: the JSON contract, non-plan documents, bad files, masking,
user vocabulary, and no network."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from ehcaudit.cli import app
from ehcaudit.language.base import LangIssue

runner = CliRunner()

PLAN = """Reference: PR-001
# Section A: Views, interests and aspirations
Jade enjoys art and her freinds say she is kind. The SENCo and the CAMHS team say her wellbeing has improved.
# Section E: Outcomes
- By July 2027, Jade will recieve help to plan her work, and he don't need reminders.
- By July 2027, Jade will use a individual workstation for 20 minutes.
"""


def run(*args: str):
    return runner.invoke(app, ["proofread", *args])


@pytest.fixture()
def plan(tmp_path: Path) -> Path:
    p = tmp_path / "plan.md"
    p.write_text(PLAN, encoding="utf-8")
    return p


def test_json_contract(plan: Path):
    res = run(str(plan), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {"documents", "errors"} and data["errors"] == []
    (doc,) = data["documents"]
    assert set(doc) == {"source", "words", "findings", "not_proofread"}
    assert doc["not_proofread"] == []  # nothing over the grammar engine's limits
    assert doc["source"] == str(plan) and isinstance(doc["words"], int) and doc["words"] > 30
    for f in doc["findings"]:
        assert set(f) == {"kind", "section", "location", "text", "message", "suggestions"}
        assert f["kind"] in {"spelling", "grammar", "style"}
        assert isinstance(f["suggestions"], list) and all(isinstance(s, str) for s in f["suggestions"])
        assert f["location"] and f["message"]
    got = {(f["kind"], f["text"], f["section"]): f for f in doc["findings"]}
    assert ("spelling", "freinds", "A") in got
    assert got[("spelling", "recieve", "E")]["suggestions"][0] == "receive"
    assert got[("spelling", "recieve", "E")]["location"] == "Section E, list item 1"
    assert ("grammar", "don't", "E") in got
    assert ("grammar", "a", "E") in got and got[("grammar", "a", "E")]["suggestions"] == ["an"]
    # SEND vocabulary and the pseudonym are not findings
    assert not {"SENCo", "CAMHS", "wellbeing", "Jade"} & {f["text"] for f in doc["findings"]}


def test_text_output_lists_kind_location_words_and_suggestion(plan: Path):
    res = run(str(plan))
    assert res.exit_code == 0, res.output
    assert "Section E, list item 1: 'recieve' → 'receive'" in res.stdout
    assert "spelling" in res.stdout and "grammar" in res.stdout
    assert "“By July 2027, Jade will recieve help" in res.stdout  # the sentence, for context


def test_ordinary_document_has_null_sections(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Minutes of the staff meeting held on Tuesday.")
    d.add_paragraph("The governors recieved the headteacher's report and agreed the budget.")
    p = tmp_path / "minutes.docx"
    d.save(p)
    res = run(str(p), "--format", "json")
    assert res.exit_code == 0, res.output
    (doc,) = json.loads(res.stdout)["documents"]
    (f,) = [f for f in doc["findings"] if f["kind"] == "spelling"]
    assert f["text"] == "recieved" and f["section"] is None and f["location"] == "Paragraph 2"


def test_bad_file_one_line_error_and_others_still_proofread(plan: Path, tmp_path: Path):
    bad = tmp_path / "renamed.docx"
    bad.write_text("This is a text file somebody renamed.", encoding="utf-8")
    res = run(str(bad), str(plan), str(tmp_path / "missing.txt"), "--format", "json")
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert [Path(d["source"]).name for d in data["documents"]] == ["plan.md"]
    errors = {Path(e["source"]).name: e["error"] for e in data["errors"]}
    assert "not a Word file" in errors["renamed.docx"] and errors["missing.txt"] == "no such file or folder"
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 2 and all(ln.startswith("error: ") for ln in lines)
    assert f"error: {bad}: " in res.stderr
    assert "Traceback" not in res.output + res.stderr


def test_usage_errors_exit_2(plan: Path, tmp_path: Path):
    assert run(str(plan), "--format", "pdf").exit_code == 2
    res = run(str(plan), "--vocabulary", str(tmp_path / "nope.txt"))
    assert res.exit_code == 2
    assert res.stderr.strip().startswith(f"error: {tmp_path / 'nope.txt'}: cannot read vocabulary file")
    assert len(res.stderr.strip().splitlines()) == 1


def test_user_vocabulary_file(tmp_path: Path):
    doc = tmp_path / "note.txt"
    doc.write_text("The pupil uses the zorbit programme every morning.\n", encoding="utf-8")
    before = json.loads(run(str(doc), "--format", "json").stdout)["documents"][0]["findings"]
    assert [f["text"] for f in before if f["kind"] == "spelling"] == ["zorbit"]
    vocab = tmp_path / "words.txt"
    vocab.write_text("# our local programmes\nzorbit\n", encoding="utf-8")
    after = json.loads(run(str(doc), "--format", "json", "--vocabulary", str(vocab)).stdout)
    assert [f for f in after["documents"][0]["findings"] if f["kind"] == "spelling"] == []


def test_identifiers_masked_in_context_and_json(tmp_path: Path):
    doc = tmp_path / "letter.txt"
    doc.write_text("Jade recieved an email from jo.bloggs@example.org about the review.\n", encoding="utf-8")
    text = run(str(doc))
    assert text.exit_code == 0 and "recieved" in text.stdout
    assert "jo.bloggs@example.org" not in text.stdout and "j***@***.org" in text.stdout
    js = run(str(doc), "--format", "json")
    assert "jo.bloggs" not in js.stdout


def test_finding_on_an_identifier_is_masked_with_no_suggestions(tmp_path: Path, monkeypatch):
    """If an engine ever flags part of an identifier, neither the words nor suggestions show it."""
    doc = tmp_path / "note.txt"
    line = "Parent: Jade Smiht attended the meeting."
    doc.write_text(line + "\n", encoding="utf-8")
    s = line.index("Smiht")

    class Fake:
        def check_many(self, texts):
            return [[LangIssue("spelling", s, s + 5, "Smiht", "Did you mean to spell 'Smiht' this way?", ("Smith",))]
                    if t == line else [] for t in texts]

    from ehcaudit.cli.proofread import proofread_document

    out, contexts = proofread_document(doc, Fake())
    (f,) = out["findings"]
    assert "Smiht" not in json.dumps(out) + " ".join(contexts)
    assert f["text"].startswith("[NAME: ") and f["suggestions"] == []


def test_works_with_every_connection_blocked(plan: Path, no_network):
    res = run(str(plan), "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["documents"][0]["findings"]
    assert no_network == []
