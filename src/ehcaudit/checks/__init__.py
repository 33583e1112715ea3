"""Every check kind the rubric YAML may name. Importing this package registers them all.

One module per area; generic Vale-like kinds (existence, occurrence, section_present) live in
``generic``.
"""

from importlib import import_module

for _name in ("generic", "currency", "person_centred", "provision", "health", "social_care", "language",
              "language_readability"):
    try:
        import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as e:  # a module not written yet; never hide other errors
        if e.name != f"{__name__}.{_name}":
            raise
