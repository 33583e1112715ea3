"""Plan attributes (key stage, primary need, setting, team) on several layouts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ehcaudit.attributes import (
    KEY_STAGE_ORDER,
    NEEDS,
    SETTINGS,
    key_stage,
    need_in,
    plan_attributes,
)
from ehcaudit.cli import app
from ehcaudit.pipeline import assess
from ehcaudit.reader import read_plan
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

ROOT = Path(__file__).resolve().parents[1]


def _plan(tmp_path, front: str, b: str, i: str, name="plan.md"):
    text = (f"{front}\n\n# Section A: Views, interests and aspirations\nSam enjoys football.\n\n"
            f"# Section B: Special educational needs\n{b}\n\n"
            f"# Section F: Special educational provision\nDaily phonics with a teaching assistant.\n\n"
            f"# Section I: Placement\n{i}\n")
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_plan(p)


@pytest.mark.parametrize(("year", "age", "expected"), [
    (0, None, "EYFS"), (1, None, "KS1"), (2, None, "KS1"), (3, None, "KS2"), (6, None, "KS2"),
    (7, None, "KS3"), (9, 14, "KS3"),  # the year group wins over age
    (10, None, "KS4"), (11, None, "KS4"), (12, None, "Post-16"), (14, None, "Post-16"),
    (None, 4, "EYFS"), (None, 5, "KS1"), (None, 7, "KS2"), (None, 11, "KS3"), (None, 14, "KS4"),
    (None, 16, "Post-16"), (None, 19, "Post-19"), (None, 25, "Post-19"), (None, None, None),
])
def test_key_stage_mapping(year, age, expected):
    assert key_stage(year, age) == expected


def test_reception_front_matter_is_eyfs(tmp_path):
    plan = _plan(tmp_path, "Plan reference: R-1\nYear group: Reception\nTeam: North",
                 "Communication and interaction: Sam uses single words.",
                 "Oakfield Primary School (mainstream)")
    assert plan_attributes(plan) == {"key_stage": "EYFS", "need": "communication and interaction",
                                     "setting": "mainstream", "team": "North"}


def test_stated_primary_need_wins_over_first_area_named(tmp_path):
    plan = _plan(tmp_path, "Plan reference: P-1\nAge: 12",
                 "Communication and interaction: Sam talks in short sentences.\n\n"
                 "Sam's primary area of need is social, emotional and mental health.",
                 "Hillcrest Resourced Provision for autism")
    attrs = plan_attributes(plan)
    assert attrs["need"] == "social, emotional and mental health"
    assert attrs["key_stage"] == "KS3"
    assert attrs["setting"] == "resourced provision"


def test_need_from_subheadings_and_specific_needs(tmp_path):
    plan = _plan(tmp_path, "Plan reference: P-2", "## Cognition and learning\nSam has dyslexia.\n\n"
                 "## Sensory and/or physical\nSam wears glasses.", "Westgate College (post-16)")
    assert plan_attributes(plan)["need"] == "cognition and learning"
    plan = _plan(tmp_path, "Plan reference: P-3", "Sam is autistic and finds change hard.",
                 "Brookside School (special school)")
    assert plan_attributes(plan)["need"] == "communication and interaction"
    assert plan_attributes(plan)["setting"] == "special"
    # an acronym must be in capitals: "hi" is not hearing impairment
    plan = _plan(tmp_path, "Plan reference: P-4", "Sam says hi to everyone. He has SEMH needs.",
                 "Meadow Special Academy")
    assert plan_attributes(plan)["need"] == "social, emotional and mental health"


@pytest.mark.parametrize(("placement", "expected"), [
    ("Riverside Academy (mainstream secondary)", "mainstream"),
    ("Oakfield Primary School", "mainstream"),
    ("The ASD resource base at Oakfield Primary School", "resourced provision"),
    ("Brookside School (special school)", "special"),
    ("Greenway House, an independent special school", "independent"),
    ("Westgate College", "post-16"),
    ("Supported internship with Westgate College", "post-16"),
    ("Education otherwise than in school (EOTAS) package", "other"),
    ("St Hilda's", "other"),  # a placement the word lists do not recognise
    ("To be confirmed", None),
])
def test_setting_types(tmp_path, placement, expected):
    plan = _plan(tmp_path, "Plan reference: S-1", "Sam has dyslexia.", placement)
    assert plan_attributes(plan)["setting"] == expected
    assert expected is None or expected in SETTINGS


def test_team_or_caseworker_code_never_a_name(tmp_path):
    plan = _plan(tmp_path, "Plan reference: T-1\nCaseworker: CW12", "Sam has dyslexia.", "Oakfield")
    assert plan_attributes(plan)["team"] == "CW12"
    plan = _plan(tmp_path, "Plan reference: T-2\nCaseworker: Jane Smith", "Sam has dyslexia.", "Oakfield")
    assert plan_attributes(plan)["team"] is None


def test_national_template_uses_bfe_thread_areas():
    src = ROOT / "sample_plans" / "2026-03" / "plan-03-zara.docx"
    plan = read_plan(src)
    assert any(r.table == "BFE" and r.area for r in plan.threads)
    stated = plan.front.fields["Primary need"]
    assert plan_attributes(plan)["need"] == need_in(stated)  # a stated primary need comes first
    plan.front.fields.pop("Primary need")
    attrs = plan_attributes(plan)
    first_area = next(r.area for r in plan.threads if r.table == "BFE" and r.area).lower()
    assert attrs["need"] == first_area
    assert attrs["key_stage"] in KEY_STAGE_ORDER
    assert attrs["setting"] == "mainstream" and attrs["team"]


@pytest.mark.slow  # reads all 90 sample plans
def test_every_sample_plan_gets_valid_attributes():
    rubric = load_rubric(default_rubric_path())
    folder = ROOT / "sample_plans" / "2026-03"
    seen = 0
    for f in sorted(folder.iterdir()):
        if f.suffix not in (".docx", ".md") or f.name.lower() == "readme.md":
            continue
        res = assess(f, rubric, dt.date(2026, 3, 31)).result
        assert set(res.attributes) == {"key_stage", "need", "setting", "team"}
        assert res.attributes["key_stage"] in KEY_STAGE_ORDER
        assert res.attributes["need"] in NEEDS
        assert res.attributes["setting"] in SETTINGS
        seen += 1
    assert seen >= 5


def test_score_json_shows_attributes():
    src = ROOT / "sample_plans" / "2026-03" / "plan-01-priya.docx"
    out = CliRunner().invoke(app, ["score", str(src), "--format", "json", "--as-of", "2026-03-31"])
    assert out.exit_code == 0, out.output
    attrs = json.loads(out.stdout)["plans"][0]["attributes"]
    # what the plan states, not the sample generator's draw: front matter and Section I
    plan = read_plan(src)
    fields = plan.front.fields
    assert attrs == plan_attributes(plan) and None not in attrs.values(), attrs
    assert attrs["team"] == fields["Team"]
    assert attrs["key_stage"] == key_stage(int(fields["National Curriculum year"]), int(fields["Age"]))
    assert attrs["need"] == need_in(fields["Primary need"])
    assert attrs["setting"] in SETTINGS and attrs["setting"] in plan.text_of("I").lower()
