"""The check kinds ehcaudit ships: the composition root of the rubric engine's plugins.

Importing this package registers every kind (each module decorates its functions with
``ehcaudit.rubric.registry.check``). The rubric package never imports it: it finds it through
the ``ehcaudit.checks`` entry point (pyproject.toml), so the dependency runs one way, from
the checks to the rubric. A new check module is added to the list below
(tests/test_architecture.py fails if one is left out).

One module per area; generic Vale-like kinds (existence, occurrence, section_present) live in
``generic``. Modules whose names start with ``_`` are helpers, not kinds.
"""

from ehcaudit.checks import (  # noqa: F401, I001  (imported to register their kinds, in this order)
    generic,
    currency,
    person_centred,
    pc_smart,
    person_views,
    pfa,
    provision,
    outcome_link,
    health,
    health_thread,
    social_care,
    advice,
    language,
    language_readability,
    language_jargon,
)
