"""First names, for telling a person's name from another capitalised word.

Used by the cross-plan checks (a first name in a child's place: "Sam will ...") and by the
proofreader (a first name at the start of a sentence is not a misspelling: "Aiden enjoys ...").
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names from Faker's person providers (every Latin-script locale), loaded once
    (about 0.3 s), in the form "Sam", "Mary-jane" (first letter capital, the rest lower case).

    A hint, not a register: a name missing here is still caught in other ways (the cross-plan
    checks compare the month's children; the proofreader also treats a capitalised word used
    mid-sentence or twice as a name).
    """

    # lazy: Faker costs about 75 ms; only name detection needs it, not a warm re-audit
    import faker.providers.person as people

    out: set[str] = set()
    for mod_info in pkgutil.iter_modules(people.__path__):
        try:
            module = importlib.import_module(f"{people.__name__}.{mod_info.name}")
        except Exception:  # noqa: BLE001 - a broken locale must not stop the audit
            continue
        provider = getattr(module, "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary"):
            value = getattr(provider, "__dict__", {}).get(attr)
            if isinstance(value, dict):
                value = list(value)
            if isinstance(value, list | tuple):
                out.update(n for n in value
                           if isinstance(n, str) and n.isascii() and n.isalpha() and len(n) > 1)
    return frozenset(n[:1].upper() + n[1:].lower() for n in out)
