"""Section E's table rows whose "By when" and "How we will know" cells the plan left empty."""

from __future__ import annotations

from ehcaudit.checks._column_heads import is_date_heading, is_measure_heading
from ehcaudit.checks._table_lines import top_cells
from ehcaudit.rubric.registry import CheckContext


def blank_rows(ctx: CheckContext) -> set[tuple[int, int]]:
    """(table, row) of Section E's rows under a table with both a date column and a measure column
    in which neither holds anything: the plan itself leaves this outcome without a date or a measure
    ("E2 ... will have a rest break every 40 minutes" | (blank) | (blank))."""
    blocks = [b for b in ctx.plan.blocks_in("E") if b.table is not None and b.row is not None and b.col is not None]
    top, head = top_cells(blocks)
    date_cols = {k for k, v in head.items() if is_date_heading(v)}
    measure_cols = {k for k, v in head.items() if is_measure_heading(v)}
    tables = {t for t, _ in date_cols} & {t for t, _ in measure_cols}
    filled: set[tuple[int, int]] = set()
    rows: set[tuple[int, int]] = set()
    for b in blocks:
        assert b.table is not None and b.row is not None and b.col is not None
        if b.table not in tables or b.row == top[b.table]:
            continue
        rows.add((b.table, b.row))
        if b.text.strip() and ((b.table, b.col) in date_cols or (b.table, b.col) in measure_cols):
            filled.add((b.table, b.row))
    return rows - filled
