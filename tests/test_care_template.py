"""Health and social care criteria on the national template (.docx) filled in, end to end."""

from __future__ import annotations

import datetime as dt

import docx_builders
import pytest
from packaged_rubric import RUBRIC

from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan

SEIZURES = ("The epilepsy nurse specialist will train named staff to give buccal midazolam under the seizure "
            "care plan every 12 months, in a 2-hour session.")
VALUES = {
    "currently_a_looked_after_child": "Yes",
    "has_been_a_looked_after_child": "Yes",
    "health_care_need_1": "Jade has epilepsy with tonic-clonic seizures about once a month.",
    "health_care_provision_1": SEIZURES,
    "health_care_outcome_1": "By July 2027, Jade will tell an adult when she feels a seizure coming.",
    "health_care_need_2": "Jade has dysphagia and chokes on thin drinks.",
    # the status and who contributed describe no need on their own (SC-NEEDS): the need is the second sentence
    "social_care_need_1": "Jade is a looked after child; her social worker and foster carers contributed to this plan. "
                          "She needs her foster carers' help to wash and dress each morning.",
    "h1_provision_1": "Two overnight short breaks a month at Rainbow House.",
    "h2_provision_1": "Her social worker will attend each termly PEP meeting with the virtual school.",
    "social_care_outcome_1": "Jade enjoys time away from home.",
}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "filled.docx"
    docx_builders.fill_template(path, VALUES, default="")
    plan = read_plan(path)
    res = score_plan(plan, RUBRIC, dt.date(2026, 6, 30), areas={"health", "social_care"})
    return {c.id: c for c in res.criteria}


def test_unmet_health_row_is_found_in_the_template(result):
    met = result["HC-NEEDS-MET"]
    assert met.level == 2
    assert any("dysphagia" in f.quote and f.kind == "issue" for f in met.findings)
    assert any("buccal midazolam" in f.quote and f.kind == "evidence" for f in met.findings)


def test_template_health_needs_and_provision(result):
    assert result["HC-NEEDS"].level == 4
    assert result["HC-PROVISION-SPECIFIC"].level == 4
    assert result["HC-OUTCOMES"].level == 2  # the dysphagia row has no outcome


def test_template_social_care_rows_and_status(result):
    link = result["SC-STATUTORY-LINK"]
    assert link.applicable and link.level == 4
    assert result["SC-PROVISION-SPECIFIC"].level == 4
    assert result["SC-NEEDS"].level == 4
