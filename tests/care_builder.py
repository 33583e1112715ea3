"""Build Plans directly in code for the health and social care unit tests (no reader needed)."""

from __future__ import annotations

import datetime as dt

from ehcaudit.model import SECTION_CODES, AdviceItem, Block, FrontMatter, Plan, Section, ThreadRow

SECTION_OF_ROLE = {"CGE": ("C", "G", "E"), "DHHE": ("D", "H1", "E"), "BFE": ("B", "F", "E")}


def build(sections: dict[str, list[str]] | None = None, *, threads=(), advice=(), front_lines=(),
          front: FrontMatter | None = None) -> Plan:
    """``sections``: code -> texts ("- x" becomes a list item). ``threads``: (table, need, provision, outcome)
    texts per row (a provision may be a list of cells). ``advice``: (kind, title, author, date)."""
    blocks: list[Block] = []
    secs = {c: Section(code=c, title=c) for c in SECTION_CODES}

    def add(kind, text, section, location, **kw) -> Block:
        b = Block(id=len(blocks), kind=kind, text=text, section=section, location=location, **kw)
        blocks.append(b)
        if section is not None:
            secs[section].found = True
            secs[section].block_ids.append(b.id)
        return b

    for i, line in enumerate(front_lines, 1):
        add("paragraph", line, None, f"Front matter, paragraph {i}")
    for code, texts in (sections or {}).items():
        add("heading", f"Section {code}", code, f"Section {code}, heading")
        for i, t in enumerate(texts, 1):
            if t.startswith("- "):
                add("list_item", t[2:], code, f"Section {code}, list item {i}")
            else:
                add("paragraph", t, code, f"Section {code}, paragraph {i}")
    rows: list[ThreadRow] = []
    for r, (table, need, prov, out) in enumerate(threads, 1):
        n_sec, p_sec, o_sec = SECTION_OF_ROLE[table]
        tix = 100 + list(SECTION_OF_ROLE).index(table)
        nb = add("table_cell", need, n_sec, f"Section {n_sec}, table row {r}", table=tix, row=r, col=0)
        provs = prov if isinstance(prov, list) else [prov]
        pids = []
        for j, pt in enumerate(provs, 1):
            sec = p_sec if j == 1 else "H2"
            pids.append(add("table_cell", pt, sec, f"Section {sec}, table row {r}", table=tix, row=r, col=j).id)
        ob = add("table_cell", out, o_sec, f"Section {o_sec}, table row {r}", table=tix, row=r, col=len(provs) + 1)
        rows.append(ThreadRow(table=table, row=r, need=[nb.id], provision=pids, outcome=[ob.id]))
    items: list[AdviceItem] = []
    if advice:
        add("heading", "Section K", "K", "Section K, heading")
        for i, (kind, title, author, date) in enumerate(advice, 1):
            text = " – ".join(x for x in (title, author, f"{date:%d/%m/%Y}" if date else None) if x)
            b = add("list_item", text, "K", f"Section K, list item {i}")
            items.append(AdviceItem(kind=kind, title=title, author=author, date=date, block_id=b.id,
                                    location=b.location, quote=text))
    for s in secs.values():
        s.words = sum(len(blocks[i].text.split()) for i in s.block_ids)
    return Plan(plan_id="T", source="t.md", sha256="0" * 64, format="md", front=front or FrontMatter(),
                blocks=blocks, sections=secs, threads=rows, advice=items)


D = dt.date
