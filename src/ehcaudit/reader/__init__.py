"""Read EHC plans (.docx, .docm, .pdf, .txt, .md) into :class:`~ehcaudit.model.Plan`.

Public API:

* :func:`read_plan` - an EHC plan; raises :class:`PlanReadError` if the file is unusable or
  has no EHC plan sections.
* :func:`read_document` - any document (for proofreading): the same, without the
  "no EHC plan sections found" refusal; text outside sections has ``section=None``.

Whatever goes wrong, only :class:`PlanReadError` (with a one-line reason) escapes.
Safety limits are in :mod:`ehcaudit.reader.limits`.

What the Plan holds (the contract other modules rely on):

* ``blocks`` - every paragraph, list item, table cell (one block per cell, its paragraphs
  joined by newlines) and heading, in document order; ``Block.id`` is its index.
  Section headings and sub-headings are ``kind="heading"`` and are in their section's
  ``block_ids`` (``Section.words`` counts non-heading blocks only).
* ``location`` - "Section F, paragraph 3", "Section F, list item 2", "Section K, table row 4,
  column 'Date received'", "Section B/F/E table (Communication and interaction), row 2,
  column 'F – Special Educational Provision'", "Front matter, paragraph 2" (just
  "Paragraph 2" in a document with no sections). Table rows count from 1, header included,
  except combined B/F/E, C/G/E and D/H1/H2/E tables, whose rows count from the first row
  under the header (the same ``row`` as the ``ThreadRow``).
* ``para_ids`` - .docx: indexes into ``list(document.element.body.iter(qn("w:p")))``;
  text files: 0-based line numbers. ``Block.row``/``col`` are 0-based raw table row and grid
  column; ``Block.table`` indexes ``body.iter(qn("w:tbl"))`` (text: the n-th pipe table).
* ``threads`` - one ``ThreadRow`` per non-empty row of a combined table; a need cell merged
  down beside several provisions is shared by each row.
* ``advice`` - Section K items from advice tables (columns found by header words) or from
  paragraphs/list items (``title – author, date``), with ``kind`` from keywords.
* ``front`` - ``label: value`` pairs outside the sections (paragraphs, 2/4-column tables,
  tab-separated lines, page headers); ``plan_id`` is the reference or else the file stem.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits

__all__ = ["read_plan", "read_document", "PlanReadError", "limits"]

if TYPE_CHECKING:
    from ehcaudit.reader.document import read_document, read_plan


def __getattr__(name: str):
    """``read_plan``/``read_document`` load the reader (lxml, the plan model) on first use, so
    ``from ehcaudit.reader import limits`` and commands that read no plan stay quick to start."""
    if name in ("read_plan", "read_document"):
        # lazy: reader.document (lxml, pydantic) loads on first use of read_plan/read_document; the
        # CLI imports this package at start-up
        from ehcaudit.reader import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
