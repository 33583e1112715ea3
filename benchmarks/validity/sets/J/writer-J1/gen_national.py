"""Fill the national EHCP template (Change Programme version) for set J1."""
import copy
from docx import Document
from docx.table import Table
from gen_common import fill_cell, insert_paragraph_after, COUNCIL

TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"

# table indices in the template
T_PERSONAL, T_SERVICES, T_A1, T_A2 = 0, 1, 2, 3
T_AREAS = {"ci": 4, "cl": 5, "semh": 6, "sp": 7}
T_HEALTH, T_SOCIAL, T_I, T_J, T_K, T_SIGN = 8, 9, 10, 11, 12, 13


def remove_row(table, row):
    table._tbl.remove(row._tr)


def clone_row_after(table, row):
    new_tr = copy.deepcopy(row._tr)
    row._tr.addnext(new_tr)
    for r in table.rows:
        if r._tr is new_tr:
            return r
    raise RuntimeError


def fill_area(t, area):
    """area: dict(strengths=str|None, rows=[(need, prov, outcome)], drop=bool)"""
    rows = list(t.rows)
    if area.get("drop_table"):
        t._tbl.getparent().remove(t._tbl)
        return
    if area.get("strengths") is None:
        remove_row(t, rows[1]); remove_row(t, rows[2])
    else:
        fill_cell(rows[2].cells[0], area["strengths"])
    data = area.get("rows", [])
    if not data:
        for r in rows[3:]:
            remove_row(t, r)
        return
    for i, r in enumerate(rows[4:]):
        if i < len(data):
            for j, v in enumerate(data[i]):
                fill_cell(r.cells[j], v)
        else:
            remove_row(t, r)


def fill_grid(t, strengths, data, first_data_row):
    rows = list(t.rows)
    if strengths is None:
        remove_row(t, rows[0]); remove_row(t, rows[1])
    else:
        fill_cell(rows[1].cells[0], strengths)
    for i, r in enumerate(rows[first_data_row:]):
        if i < len(data):
            for j, v in enumerate(data[i]):
                fill_cell(r.cells[j], v)
        else:
            remove_row(t, r)


def build_national(plan, path):
    d = Document(TEMPLATE)
    n = plan["nat"]
    tables = list(d.tables)

    # --- title and front matter
    h1 = [p for p in d.paragraphs if p.style.name == "Heading 1"][0]
    for r in list(h1.runs)[1:]:
        r._r.getparent().remove(r._r)
    h1.runs[0].text = "My EHC Plan \u2013 Education, Health and Care Plan"
    anchor = h1._p
    lines = [f"{COUNCIL} \u2013 Special Educational Needs and Disabilities (SEND) Casework Team"] + [f"**{k}:** {v}" for k, v in n["front"]]
    for line in reversed(lines):
        insert_paragraph_after(anchor, h1._parent, line)

    # --- personal details
    t = tables[T_PERSONAL]
    pd = n["personal"]
    fill_cell(t.rows[1].cells[1], pd["name"]); fill_cell(t.rows[1].cells[3], pd["preferred"])
    fill_cell(t.rows[2].cells[1], pd["dob"])
    fill_cell(t.rows[3].cells[1], pd["sex"]); fill_cell(t.rows[3].cells[3], pd["ethnicity"])
    fill_cell(t.rows[4].cells[1], pd["lang"]); fill_cell(t.rows[4].cells[3], pd["parent_lang"])
    fill_cell(t.rows[6].cells[1], pd["parent1"]); fill_cell(t.rows[6].cells[3], pd["rel1"])
    for (ri, ci) in [(7, 1), (7, 3), (8, 1)]:
        fill_cell(t.rows[ri].cells[ci], "Withheld (anonymised copy)")
    if pd.get("parent2"):
        fill_cell(t.rows[9].cells[1], pd["parent2"]); fill_cell(t.rows[9].cells[3], pd["rel2"])
        for (ri, ci) in [(10, 1), (10, 3), (11, 1)]:
            fill_cell(t.rows[ri].cells[ci], "Withheld (anonymised copy)" if ri != 11 else "Same as parent or carer 1")
    else:
        rows = list(t.rows)
        for r in rows[9:12]:
            remove_row(t, r)

    # --- services
    t = tables[T_SERVICES]
    for i, v in enumerate(n["services"], start=1):
        fill_cell(t.rows[i].cells[1], v)

    # --- A1, A2
    fill_cell(tables[T_A1].rows[1].cells[1], n["history"])
    t = tables[T_A2]
    fill_cell(t.rows[3].cells[0], n["views"])
    fill_cell(t.rows[5].cells[0], n["interests"])
    fill_cell(t.rows[7].cells[0], n["strengths"])
    fill_cell(t.rows[9].cells[0], n["aspirations"])
    if n.get("drop_digital_row"):
        remove_row(t, t.rows[1])

    # --- B-F-E
    for key, ti in T_AREAS.items():
        fill_area(tables[ti], n["areas"][key])

    # --- C-G-E
    t = tables[T_HEALTH]
    fill_grid(t, n["health"]["strengths"], n["health"]["rows"], 3)
    if n["health"].get("signoff"):
        insert_paragraph_after(t._tbl, d._body, n["health"]["signoff"])

    # --- D-H1-H2-E
    t = tables[T_SOCIAL]
    fill_grid(t, n["social"]["strengths"], n["social"]["rows"], 3)

    # --- I placement
    t = tables[T_I]
    rows = list(t.rows)
    for i, r in enumerate(rows):
        if i < len(n["placement"]):
            fill_cell(r.cells[0], n["placement"][i][0], bold=True)
            fill_cell(r.cells[1], n["placement"][i][1])
        else:
            remove_row(t, r)

    # --- J
    t = tables[T_J]
    fill_cell(t.rows[0].cells[1], n["j"][0])
    fill_cell(t.rows[1].cells[1], n["j"][1])

    # --- K: list of (row_index or ('after', row_index), label or None, date, who, appended)
    t = tables[T_K]
    rows = list(t.rows)
    extra_after = {}
    for item in n["k"]:
        idx, label, date, who, app = item
        if isinstance(idx, tuple):
            extra_after.setdefault(idx[1], []).append((label, date, who, app))
            continue
        r = rows[idx]
        if label is not None:
            fill_cell(r.cells[0], label)
        fill_cell(r.cells[1], date); fill_cell(r.cells[2], who); fill_cell(r.cells[3], app)
    for idx, items in extra_after.items():
        anchor = rows[idx]
        for label, date, who, app in items:
            nr = clone_row_after(t, anchor)
            fill_cell(nr.cells[0], label); fill_cell(nr.cells[1], date)
            fill_cell(nr.cells[2], who); fill_cell(nr.cells[3], app)
            anchor = nr
    for idx in n.get("k_delete", []):
        remove_row(t, rows[idx])

    # --- sign-off
    t = tables[T_SIGN]
    for j, v in enumerate(n["signoff"]):
        fill_cell(t.rows[1].cells[j], v)

    d.save(path)
