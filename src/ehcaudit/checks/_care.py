"""Where the health, social care and provision checks used to find their shared helpers.

``_care.py`` once held regex helpers, a regex-source analyser, layout reading and scoring policy
for two areas; each now lives in a module with one job (issue 18):

* :mod:`._patterns` - rubric word lists as regular expressions (``rx``, ``search``, ``bare``...);
* :mod:`._regex_prefix` - the letters a pattern's matches start with (``search``'s fast path);
* :mod:`._items` - layout reading: provision and needs items, sentences, thread rows;
* :mod:`._findings` - quotes and findings built the same way;
* :mod:`._params` - shared parameter models (``CareParams``, ``ProvisionPatterns``);
* :mod:`._needs` - a needs section (C or D) read and levelled;
* :mod:`._advice` - advice of one kind in Section K levelled.

This module only re-exports those names, so checks written against it keep working; new code
imports from the module that does the job.
"""

from __future__ import annotations

from ehcaudit.checks._advice import AdviceParams, advice_outcome
from ehcaudit.checks._findings import advice_finding, item_finding, not_applicable, quote_of
from ehcaudit.checks._items import (
    Item,
    Sentence,
    blocks_text,
    context_text,
    drop_located,
    items_of,
    provision_items,
    sentences_of,
    thread_rows,
)
from ehcaudit.checks._needs import NeedsParams, NeedsReading, needs_outcome, read_needs
from ehcaudit.checks._params import CareParams, ProvisionPatterns
from ehcaudit.checks._patterns import DATE_RE, bare, finditer, has_date, is_blank, rx, search
from ehcaudit.checks._regex_prefix import _leading_literals
from ehcaudit.placeholders import has_placeholder, strip_placeholders

__all__ = [
    "DATE_RE", "AdviceParams", "CareParams", "Item", "NeedsParams", "NeedsReading", "ProvisionPatterns",
    "Sentence", "_leading_literals", "advice_finding", "advice_outcome", "bare", "blocks_text", "context_text",
    "drop_located", "finditer", "has_date", "has_placeholder", "is_blank", "item_finding", "items_of",
    "needs_outcome", "not_applicable", "provision_items", "quote_of", "read_needs", "rx", "search",
    "sentences_of", "strip_placeholders", "thread_rows",
]
