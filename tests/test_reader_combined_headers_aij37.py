"""A combined outcomes-and-provision table whose provision column is headed by what the provision
is for (set AJ's first run: "Provision to help achieve it"): the column is Section F, so F is read,
not left empty under a heading for E and F together. In words of our own."""

from __future__ import annotations

import docx
import pytest

from ehcaudit.reader import read_plan


@pytest.mark.parametrize("provision_header", ["Provision to help achieve it", "Support to reach this outcome",
                                              "Provision needed to achieve the outcome", "Help to get there"])
def test_provision_column_named_by_its_purpose(tmp_path, provision_header):
    d = docx.Document()
    d.add_heading("Sections E and F: Outcomes and the provision to achieve them", level=1)
    t = d.add_table(rows=2, cols=4)
    for c, text in enumerate(["Outcome (what Mo will achieve and by when)", provision_header,
                              "How often and for how long", "Who will provide it"]):
        t.rows[0].cells[c].text = text
    for c, text in enumerate(["By July 2027, Mo will ask for help with a picture card in 4 out of 5 lessons.",
                              "Teaching Mo to use his help card, with practice at the start of each lesson.",
                              "Daily, 10 minutes", "His teaching assistant, trained by the SALT"]):
        t.rows[1].cells[c].text = text
    d.add_heading("Section G: Health provision", level=1)
    d.add_paragraph("None: Mo has no health needs (GP letter, May 2026).")
    d.save(tmp_path / "ef.docx")
    plan = read_plan(tmp_path / "ef.docx")
    f_text = " ".join(b.text for b in plan.blocks if b.section == "F")
    assert "help card" in f_text and "Daily, 10 minutes" in f_text
    assert "picture card" in " ".join(b.text for b in plan.blocks if b.section == "E")
