"""Privacy guard: planted identifiers are found and masked everywhere; clean text stays quiet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from ehcaudit.cli import app
from ehcaudit.pipeline import iter_plan_files
from ehcaudit.privacy import find_identifiers, mask_text, scan_plan
from ehcaudit.privacy.detectors import nhs_number_valid, upn_valid
from ehcaudit.reader import read_plan

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]

PLANTED = {
    "nhs_number": "943 476 5919",
    "upn": "A801200102001",  # check letter computed by the DfE algorithm (see test below)
    "postcode": "SW1A 1AA",
    "email": "jade.smith@example.co.uk",
    "phone": "07700 900123",
}


def test_nhs_modulus_11():
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    assert not nhs_number_valid("0000000000")


def _upn_with_check(body: str) -> str:
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    total = sum(int(c) * pos for pos, c in enumerate(body, start=2))
    return letters[total % 23] + body


def test_upn_check_letter():
    upn = _upn_with_check("801200102001")
    assert upn_valid(upn)
    wrong = ("B" if upn[0] != "B" else "C") + upn[1:]
    assert not upn_valid(wrong)
    PLANTED["upn"] = upn


PLAN = """Plan reference: PV-001
Name: Jade Smith
DOB: 12/03/2014
Date issued: 12/03/2026

# Section A: Views, interests and aspirations
Jade's NHS number is {nhs_number}. Her UPN is {upn}.
The family live at 4 Mill Lane, {postcode}. Contact Mum at {email} or on {phone}.
Parent: Sarah Smith

# Section F: Special educational provision
- Three 30-minute sessions a week at 09:15, delivered 1:1 by a speech and language therapist, from 12/03/2026.

# Section K: Advice and information
- Educational advice – Mr Patel, SENCO, 15/01/2026
"""


@pytest.fixture()
def planted(tmp_path: Path) -> Path:
    test_upn_check_letter()
    p = tmp_path / "leaky.md"
    p.write_text(PLAN.format(**PLANTED), encoding="utf-8")
    return p


def test_every_planted_kind_is_found_and_masked(planted: Path):
    found = scan_plan(read_plan(planted))
    kinds = {i.kind for i in found}
    assert kinds == {"nhs_number", "upn", "postcode", "email", "phone", "date_of_birth", "name"}
    for i in found:
        assert i.location
        for value in [*PLANTED.values(), "Jade Smith", "Sarah Smith", "12/03/2014"]:
            assert value not in i.masked


def test_score_masks_identifiers_in_every_output_field(planted: Path):
    res = runner.invoke(app, ["score", str(planted), "--format", "json", "--as-of", "2026-06-30"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    dump = json.dumps(data)
    for value in [*PLANTED.values(), "Sarah Smith", "12/03/2014"]:
        assert value not in dump
    assert data["plans"][0]["privacy"], "the plan is flagged"
    text = runner.invoke(app, ["score", str(planted), "--as-of", "2026-06-30"]).stdout
    assert "Privacy:" in text
    for value in PLANTED.values():
        assert value not in text


def test_refuse_identifiable_skips_the_plan(planted: Path):
    res = runner.invoke(app, ["score", str(planted), "--format", "json", "--refuse-identifiable"])
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert not data["plans"]
    assert "contains identifiable information" in data["errors"][0]["error"]


def test_privacy_check_cli(planted: Path, tmp_path: Path):
    res = runner.invoke(app, ["privacy-check", str(planted), "--format", "json"])
    assert res.exit_code == 3
    doc = json.loads(res.stdout)["documents"][0]
    assert doc["identifiable"] and len(doc["findings"]) >= 7
    for value in PLANTED.values():
        assert value not in res.stdout
    clean = tmp_path / "clean.md"
    clean.write_text("# Section A: Views\nSam enjoys football. Review on 12/03/2026 at 09:00 for Year 9.\n", encoding="utf-8")
    assert runner.invoke(app, ["privacy-check", str(clean)]).exit_code == 0


def test_realistic_clean_plans_give_no_findings():
    for path, _ in iter_plan_files([ROOT / "sample_plans"]):
        assert scan_plan(read_plan(path)) == [], path


@pytest.mark.parametrize("text", [
    "Sessions at 09:00 and 13:30 on 12/03/2026, for 30 minutes, 3 times a week.",
    "Plan reference NT-2026-0412; LA code 873; academic year 2025/26.",
    "Section 2 of the Chronically Sick and Disabled Persons Act 1970 applies.",
    "Jade is in Year 9 and is 14 years old; her reading age is 11 years 3 months.",
    "Preferred name: Jade. Known as: Jade.",
    "Name: [redacted]. Parent: N/A",
])
def test_no_false_alarms(text: str):
    assert find_identifiers(text) == []


@given(st.text(max_size=200))
def test_mask_text_leaves_no_detectable_identifier(text: str):
    masked = mask_text(text)
    for i in find_identifiers(masked):
        assert i.kind in {"name"}, (text, masked, i)


@pytest.mark.parametrize("text", ["D.O.B. 03.03.2015", "DOB: 3 March 2015", "d.o.b 3/3/15", "Born 03-03-2015"])
def test_date_of_birth_found_with_or_without_the_last_full_stop(text: str):
    # "D.O.B." once escaped: its label ended in a full stop, where the old pattern wanted a word
    assert [i.kind for i in find_identifiers(text)] == ["date_of_birth"]
    assert "2015" not in mask_text(text) and "/15" not in mask_text(text)


def test_a_full_name_after_a_child_or_pupil_label_is_an_identifier_but_a_pseudonym_is_not():
    from ehcaudit.privacy import find_identifiers

    found = find_identifiers("Child: Alfie Baker   Date of birth: 14/03/2017")
    assert sorted(i.kind for i in found) == ["date_of_birth", "name"]
    assert [i.kind for i in find_identifiers("Pupil - Tom Smith")] == ["name"]
    assert find_identifiers("Child: Sam") == []
    assert find_identifiers("Young person: Sam will travel to college by bus.") == []
