"""Cross-plan checks within a month's sample: copy-paste and wrong name.

Only a batch tool can find these (inspectors found both nationally):

* **copy_paste** — the same sentence pasted into several *different* children's plans.
* **wrong_name** — a plan that names a different child from the one it is about ("Sam will use
  his visual timetable" inside Jade's plan: a leftover from the plan it was copied from).

Two steps, so plans reused from the results store without being read again still take part:

1. :func:`fingerprint` — when a plan is read, a compact, JSON-serialisable digest: short
   hashes of its normalised sentences with section and location, the masked (and truncated)
   text of the sentences that could be reported, and the names it uses in a child's place.
   Identifiers are masked with :mod:`ehcaudit.privacy` before anything is kept.
2. :func:`cross_plan_findings` — given ``{sha256: fingerprint}`` for a month, the findings as
   plain dicts in a deterministic order.

Normalising a sentence: Unicode NFKC, lower case, punctuation dropped, white space folded, the
plan's own child's name replaced by ``<child>`` (so "Jade will…" in Jade's plan and "Sam will…"
in Sam's plan match) and, by default, he/she, his/her/him and himself/herself folded (a pasted
sentence whose pronouns were changed is still pasted). The child's name is
``plan.front.known_as`` or, without it, the first name most used in a child's place.

Template or paste? A sentence of at least ``min_words`` words shared by several different
children's plans is copy-paste when it describes a child, whether or not it names one. It is
not when it is template text - the national template's own text and the administrative,
statutory and sign-off wording listed as data in ``ehcaudit/data/crossplan-boilerplate.yaml``,
or a sentence that (nearly) every child's plan of the month shares (``template_share``).

Every parameter is a field of :class:`CrossPlanSettings` (:mod:`.settings`); :data:`DEFAULTS`
holds the defaults.

Size: a 5,000-word plan's fingerprint is about 26 KiB of JSON (4 KiB gzipped), nearly all of it
the text of reportable sentences; comparing a month of 500 plans takes about 0.3 s
(``python benchmarks/crossplan/run.py``).

The rooms: :mod:`.settings` (parameters), :mod:`.child_names` (which names stand in a child's
place), :mod:`.sentences` (comparison form, hash, template text), :mod:`.stored` (the stored
layout, read safely), :mod:`.digest` (step 1) and :mod:`.month` (step 2). Import from
``ehcaudit.crossplan``.
"""

from __future__ import annotations

from ehcaudit.crossplan.child_names import MAX_NAME_ROWS, child_name
from ehcaudit.crossplan.digest import fingerprint
from ehcaudit.crossplan.month import cross_plan_findings, slim_month
from ehcaudit.crossplan.sentences import normalise_sentence, sentence_hash
from ehcaudit.crossplan.settings import DEFAULTS, CrossPlanSettings
from ehcaudit.crossplan.stored import FINGERPRINT_VERSION, Fingerprint, NameRow, SentenceRow
from ehcaudit.names import first_names

__all__ = [
    "DEFAULTS", "FINGERPRINT_VERSION", "MAX_NAME_ROWS", "CrossPlanSettings", "Fingerprint", "NameRow",
    "SentenceRow", "child_name", "cross_plan_findings", "fingerprint", "first_names", "normalise_sentence",
    "sentence_hash", "slim_month",
]
