"""Privacy guard: find personal identifiers left in 'anonymised' plans, and mask them.

Detected kinds: NHS numbers (modulus-11 check), unique pupil numbers (DfE check letter), UK
postcodes, dates of birth (a date labelled as one), email addresses, UK phone numbers, and
names given after labels such as "Name:" or "Parent:". Every finding carries a masked form,
never the full value. :func:`mask_text` masks every identifier in any string, so quotes,
messages, reports and store rows never carry one.

The rooms: :mod:`.detectors` finds identifiers in a string; :mod:`.scan` finds them in every
part of a plan (blocks, table label/value pairs, the parts outside the body, the file name);
:mod:`.masking` masks them wherever a string leaves the pipeline (:class:`Masker`) and makes
masked copies of a result or a plan. Import from ``ehcaudit.privacy``.
"""

from __future__ import annotations

from ehcaudit.privacy.detectors import find_identifiers, mask_text
from ehcaudit.privacy.masking import Masker, mask_plan, mask_result
from ehcaudit.privacy.scan import file_name_identifiers, mask_file_name, masked_source, scan_plan

# What the rest of ehcaudit uses; the validators and the Identifier record stay in
# ehcaudit.privacy.detectors, where their few users import them from.
__all__ = [
    "Masker", "file_name_identifiers", "find_identifiers", "mask_file_name", "mask_plan",
    "mask_result", "mask_text", "masked_source", "scan_plan",
]
