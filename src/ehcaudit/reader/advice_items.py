"""Section K's advice items: from advice tables (columns found by header words), and at the end
from K's paragraphs, list items and other table rows (``title – author, date``), a following
name-only or date-only line filling the item's gap."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ehcaudit.dates import find_dates
from ehcaudit.model import AdviceItem, Block
from ehcaudit.placeholders import only_placeholders
from ehcaudit.reader import advice as adv
from ehcaudit.reader.cell_text import first_line
from ehcaudit.reader.raw import RCell, RTable

if TYPE_CHECKING:
    from ehcaudit.reader.structure import Builder

_SIGNOFF_RE = re.compile(r"\bsign[- ]?off\b|\bsignatures?\b|\bsigned\b", re.IGNORECASE)
#: What a glossary is called: "Glossary", "Abbreviations", "Key terms", "What the words in this plan
#: mean" - the one list of its names, for a glossary as a sub-heading and as a label in front.
_GLOSSARY_NAME = (r"glossary|abbreviations|acronyms|key\s+terms|jargon\s+buster|"
                  r"what\s+(?:the|these|some)\s+(?:\w+\s+){0,3}(?:words|terms)(?:\s+\w+){0,3}\s+mean\b")
#: A glossary under Section K ("Glossary of terms used in this plan", "Key terms", "Abbreviations",
#: "What the words in this plan mean"): its lines say what a word means ("Dysphagia: difficulty
#: swallowing"), they are not advice given to the local authority.
_GLOSSARY_RE = re.compile(rf"\b(?:{_GLOSSARY_NAME})\b|\b(?:terms|words)\s+(?:used\s+)?in\s+this\s+plan\b", re.IGNORECASE)
#: A glossary typed as a paragraph with its label in front ("Glossary: GCSE - the exams ...",
#: "Abbreviations used in this plan - SENCo ...", "Key terms:"), not as a heading of its own. The
#: label alone on its line starts a glossary whose lines follow it (group 1 empty).
_GLOSSARY_LEAD_RE = re.compile(rf"^\s*(?:{_GLOSSARY_NAME})"
                               r"(?:\s+(?:of|used|in)\b[^:\u2013\u2014]{0,40})?\s*[:\u2013\u2014-]\s*(.*)$",
                               re.IGNORECASE | re.DOTALL)


def _lines_as_table(lines: list[str]) -> list[str] | None:
    """Lines of one cell that are a small advice table flattened ("Advice", "Given by", "Date",
    then three lines per item): one "title – author, date" line per item, or None. The header is
    its longest run of header words: a table of three columns with one empty cell is ragged, never
    read as two columns because its line count happens to divide by two."""
    for k in (4, 3, 2):
        if len(lines) < 2 * k:
            continue
        m = adv.header_columns(list(enumerate(" ".join(x.split()) for x in lines[:k])))
        if not m or len(m) != k or "title" not in m:
            continue
        if (len(lines) - k) % k:
            break  # the header has k cells but the rows are ragged (a shorter header would misalign them)
        return [_row_line([" ".join(x.split()) for x in lines[i:i + k]], m) for i in range(k, len(lines), k)]
    return adv.ragged_table_rows(lines)  # rows of different lengths (empty cells left no line)


def _row_line(row: list[str], m: dict[str, int]) -> str:
    """One row of an advice table given as its cells' text (``m``: role -> column) as a
    "title – author, date" line."""
    def cell(role: str) -> str:
        return row[m[role]] if role in m and m[role] < len(row) and not adv.is_unfilled(row[m[role]]) else ""
    title = row[m["title"]] if m["title"] < len(row) else ""
    who = ", ".join(x for x in (cell("author"), cell("role")) if x)
    return " \u2013 ".join(x for x in (title, ", ".join(y for y in (who, cell("date")) if y)) if x)


def _pipe_cells(text: str) -> list[str] | None:
    """A line typed as a table row with "|" between its cells ("Advice | Who gave it | Date"):
    its cells, or None for a line with no "|"."""
    if "|" not in text:
        return None
    cells = [" ".join(x.split()) for x in text.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 else None


_LABELLED_RE = re.compile(r"^\s*([^:]{1,40}?)\s*:\s*(\S.*)$")


def _labelled_cards(lines: list[str]) -> list[tuple[dict[str, str], str]] | None:
    """Lines of one cell that are advice items written as cards, each line a field label and its
    value ("Advice / information: Psychological advice", "From: Dr Ali, Educational
    Psychologist", "Date: 02/07/2026"): each card's fields by role ("title", "author", "role",
    "date"; a new card starts at each title label) and its lines as written, or None when any
    line is not a labelled field of an advice list or a card has no title and nothing else."""
    fields = [_LABELLED_RE.match(" ".join(x.split())) for x in lines]
    if len(lines) < 2 or all(f is None for f in fields):
        return None
    cards: list[tuple[dict[str, str], list[str]]] = []
    for i, f in enumerate(fields):
        if f is None:
            # the card's title written as its first line, unlabelled ("Parents' views", then "Given
            # by: …", "Date: …"): a short advice title followed by a labelled field
            line = " ".join(lines[i].split())
            if i + 1 >= len(fields) or fields[i + 1] is None or not _card_title(line):
                return None
            cards.append(({"title": line}, [line]))
            continue
        role = adv.column_role(f.group(1))
        if role is None or role == "appended":
            return None
        if role == "title" or not cards:
            cards.append(({}, []))
        if role in cards[-1][0]:
            return None
        cards[-1][0][role] = f.group(2)
        cards[-1][1].append(f.group(0))
    if any("title" not in card or len(card) < 2 for card, _ in cards):
        return None
    return [(card, " / ".join(shown)) for card, shown in cards]


def _card_title(line: str) -> bool:
    """A line that can head a card as its unlabelled title: a few words naming the advice
    ("Educational advice", "Jamie's own views (annual review)"), not a sentence or a date."""
    return (len(line.split()) <= 10 and not line.endswith((".", ":")) and not find_dates(line)
            and adv.looks_like_item(line))


def _card_item(card: dict[str, str], quote: str, b: Block, location: str) -> AdviceItem:
    """The advice item a card lists: its fields are already apart, so the title is kept whole
    ("Educational advice – annual review report")."""
    title = card["title"]
    author = ", ".join(card[c] for c in ("author", "role") if c in card and not adv.is_unfilled(card[c])) or None
    # the last date of the first field holding one, the date field first (as a table row)
    hits = next((h for h in (find_dates(card[c]) for c in ("date", "title", "author") if c in card) if h), [])
    date, date_text = (hits[-1][0], hits[-1][1]) if hits else (None, None)
    if author and date_text and date_text in author:
        author = adv.clean_author(adv.strip_date(author, date_text))
    author = adv.clean_author(author) or adv.views_author(title)
    return AdviceItem(kind=adv.advice_kind(title, author), title=title, author=author, date=date,
                      date_text=date_text, block_id=b.id, location=location, quote=quote)


def _table_after_intro(lines: list[str]) -> tuple[list[str], list[str] | None]:
    """:func:`_lines_as_table`, also when the cell opens with a sentence or two before the nested
    table's header ("The advice below was gathered for the annual review in June 2026 and
    replaces the advice from 2019.", then "Advice", "From", "Date", ...): (the intro lines, the
    table's rows). A header cell is a few words, never a whole sentence, so the intro is not
    read as the table's first column header."""
    skip = 0
    while skip < min(2, len(lines) - 1) and _is_sentence(lines[skip]):
        skip += 1
    if skip:
        rows = _lines_as_table(lines[skip:])
        if rows is not None:
            return lines[:skip], rows
    return [], _lines_as_table(lines)


def _is_sentence(line: str) -> bool:
    words = line.split()
    return len(words) > 6 and line.rstrip().endswith((".", ":"))


def advice_table(bld: Builder, t: RTable, hi: int, mapping: dict[str, int]) -> None:
    """An advice table whose header is row ``hi`` (``mapping``: role -> column, "title" always):
    header cells are headings, every other cell a block, and each row listing advice an item."""
    if bld.cur != "K":
        bld.enter("K", None)
    hdr = {c.col: first_line(c.text) for c in t.rows[hi] if c.text}
    bld.table_counts["K"] = bld.table_counts.get("K", 0) + 1
    tprefix = "Section K, table row" if bld.table_counts["K"] == 1 else f"Section K, table {bld.table_counts['K']}, row"
    above: dict[int, RCell] = {}
    for ri, row in enumerate(t.rows):
        filled = [c for c in row if c.text]
        if not filled:
            continue
        rowloc = f"{tprefix} {ri + 1}"
        kind = "heading" if ri <= hi else "table_cell"
        blocks = [bld.add(kind, c.text, c.para_ids, location=f"{rowloc}, column '{hdr.get(c.col, c.col + 1)}'",
                          table=t.index, row=ri, col=c.col) for c in filled]
        if ri <= hi:
            continue
        bld.advice_table_blocks.update(b.id for b in blocks)
        cell_at = {c.col: c for c in row}
        for c in row:
            if c.cont and c.col in above:  # a merged "who from"/"date" cell covers this row too
                cell_at[c.col] = above[c.col]
        above.update({c.col: c for c in row if c.text})
        item = _row_item(cell_at, filled, mapping, blocks[0].id, rowloc)
        if item is not None:
            bld.advice.append(item)


def _row_item(cell_at: dict[int, RCell], filled: list[RCell], mapping: dict[str, int],
              block_id: int, location: str) -> AdviceItem | None:
    """The advice item a row lists, or None for a row that lists none (no title, the
    template's own row, every other cell unfilled)."""
    title_cell = cell_at.get(mapping["title"])
    title = " ".join(title_cell.text.split()) if title_cell and title_cell.text else ""
    if not title or only_placeholders(title) and len(filled) == 1:
        return None
    dcell = cell_at.get(mapping.get("date", -1))
    acell = cell_at.get(mapping.get("author", -1))
    rcell = cell_at.get(mapping.get("role", -1))
    date, date_text = _row_date([c for c in (dcell, title_cell, acell) if c is not None and c.text], filled)
    author = _row_author(acell, dcell, rcell)
    if date is None and author is None and adv.is_template_row(title):
        return None  # the template's own row, left as it was: no advice was listed in it
    others = [c for c in filled if c is not title_cell]
    if date is None and author is None and others and all(adv.is_unfilled(c.text) for c in others):
        return None  # "Social care | | | YES/ NO", "… | Not applicable | Not applicable | NO": nothing listed
    if "author" not in mapping and author is None:
        title, author, _d, _dt = adv.split_item(title)
    elif author and date_text and date_text in author:
        author = adv.clean_author(adv.strip_date(author, date_text))
    author = author or adv.views_author(title)
    quote = " | ".join(" ".join(c.text.split()) for c in filled)
    return AdviceItem(kind=adv.advice_kind(title, author), title=title, author=author, date=date,
                      date_text=date_text, block_id=block_id, location=location, quote=quote)


def _row_date(named: list[RCell], filled: list[RCell]):
    """The last date in the first cell holding one: the date, title and author cells first
    (``named``), then the row's other cells."""
    sources = [c.text for c in named] + [c.text for c in filled if all(c is not n for n in named)]
    for source in sources:
        hits = find_dates(source)
        if hits:
            return hits[-1][0], hits[-1][1]
    return None, None


def _row_author(acell: RCell | None, dcell: RCell | None, rcell: RCell | None) -> str | None:
    """Who gave the advice: the author cell, a role typed into the date column, the role cell."""
    author = adv.clean_author(acell.text if acell and acell.text else None)
    if dcell is not None and dcell.text and not find_dates(dcell.text) and adv.is_fragment(dcell.text):
        # a role typed into the date column ("Educational Psychologist"): it says who, not when
        extra = adv.clean_author(dcell.text)
        if extra and (author is None or extra not in author):
            author = f"{author}, {extra}" if author else extra
    role = adv.clean_author(rcell.text if rcell is not None and rcell.text else None)
    if role:
        author = f"{author}, {role}" if author else role
    return author


def finish_advice(bld: Builder) -> None:
    """Parse K paragraphs, list items and non-advice-table rows as advice items.

    A line that is only a name/role or only a date ("Dr Amy Clark" / "12/03/2026") right
    after an item that lacks one is read as part of that item, not as a new item.
    """
    units: list[tuple[str, Block, str]] = []
    bld.quote_of = {}
    rows: dict[tuple[int | None, int | None], list[Block]] = {}
    in_glossary = False  # after a label line "Glossary:", its undated lines are meanings of words
    for bid in bld.sections["K"].block_ids:
        b = bld.blocks[bid]
        if b.kind == "heading" or bid in bld.advice_table_blocks:
            continue
        if b.subsection and _SIGNOFF_RE.search(b.subsection):
            continue  # the plan's sign-off box after K ("Local authority officer – name | Date")
        if b.subsection and _GLOSSARY_RE.search(b.subsection):
            continue  # the plan's glossary after the advice list: meanings of words, not advice
        if b.kind != "table_cell":
            label = _GLOSSARY_LEAD_RE.match(b.text)
            if label is not None:  # "Glossary: GCSE - ...": the glossary typed as a paragraph
                in_glossary = not label.group(1).strip()
                continue
            if in_glossary and not find_dates(b.text):
                continue
            in_glossary = False
        if b.kind == "table_cell" and b.table is not None and b.row is not None:
            key = (b.table, b.row)
            if key not in rows:
                rows[key] = []
                units.append(("", b, ""))  # placeholder, filled below in document order
            rows[key].append(b)
            continue
        parts = bld.tab_parts.get(bid)
        if parts:  # columns typed with tab stops: parse them as separate fields
            bld.quote_of[b.id] = b.text
        units.append((" \u2013 ".join(parts) if parts else b.text, b, b.location))
    expanded: list[tuple[str, Block, str]] = []
    for text, b, loc in units:
        if text or b.kind != "table_cell":
            expanded.append((text, b, loc))
            continue
        cells = rows[(b.table, b.row)]
        loc = cells[0].location.split(", column")[0]
        if len(cells) == 1 and "\n" in cells[0].text:
            lines = [ln for ln in cells[0].text.split("\n") if ln.strip()]
            cards = _labelled_cards(lines)
            if cards is not None:  # "Advice: …" / "From: …" / "Date: …": an item a card
                bld.advice.extend(_card_item(card, quote, cells[0], loc) for card, quote in cards)
                continue
            lead, rows_in_cell = _table_after_intro(lines)
            if rows_in_cell is not None:  # a table typed (or nested) in one cell: header, then rows
                expanded.extend((ln, cells[0], loc) for ln in lead + rows_in_cell)
                continue
            for ln in lines:
                expanded.append((ln, cells[0], loc))
            continue
        if adv.is_header_row([" ".join(c.text.split()) for c in cells]):
            continue  # the advice list's column headers in a whole-plan table ("Advice | Given by | Date")
        expanded.append((" \u2013 ".join(" ".join(c.text.split()) for c in cells), cells[0], loc))
    last: AdviceItem | None = None
    pipe_head: dict[str, int] | None = None  # the columns of an advice list typed with "|" between cells
    for text, b, loc in expanded:
        quote = bld.quote_of.get(b.id)
        typed = _pipe_cells(text)
        if typed is not None and adv.is_header_row(typed):
            # "Advice | Who gave it | Date" typed as a line: the list's column headers, not an item
            pipe_head, last = adv.header_columns(list(enumerate(typed))), None
            continue
        if typed is None:
            pipe_head = None
        elif pipe_head is not None:
            quote, text = quote or text, _row_line(typed, pipe_head)
        if last is not None and adv.is_fragment(text) and merge_fragment(last, text):
            continue
        if adv.looks_like_item(text):
            last = advice_from_text(bld, text, b, loc, quote)
        else:
            last = None
    # sign-off lines and requests never answered are not advice items (reader/advice.py)
    bld.advice = sorted((a for a in bld.advice if adv.is_advice_item(a)), key=lambda a: a.block_id)


def merge_fragment(item: AdviceItem, text: str) -> bool:
    """Fill an item's missing author/date from a following fragment line; False if it fits no gap."""
    hits = find_dates(text)
    rest = text
    changed = False
    if hits and item.date is None:
        item.date, item.date_text = hits[-1][0], hits[-1][1]
        rest = adv.strip_date(text, hits[-1][1])
        changed = True
    elif hits:
        return False
    author = adv.clean_author(adv._tidy(rest)) if rest.strip() else None
    if author:
        if item.author is not None:
            return False if not changed else True
        item.author = author
        if item.kind == "other":
            item.kind = adv.advice_kind(item.title, author)
        changed = True
    if changed:
        item.quote = f"{item.quote} / {' '.join(text.split())}"
    return changed


def advice_from_text(bld: Builder, text: str, b: Block, location: str, quote: str | None = None) -> AdviceItem:
    title, author, date, date_text = adv.split_item(text)
    author = author or adv.views_author(title)
    item = AdviceItem(
        kind=adv.advice_kind(title, author), title=title, author=author, date=date,
        date_text=date_text, block_id=b.id, location=location, quote=" ".join((quote or text).split()))
    bld.advice.append(item)
    return item
