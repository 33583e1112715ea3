"""Safety limits applied to every input file before anything is inflated or parsed.

These protect an unattended batch run (a folder of hundreds of plans) from hostile or broken
files: zip bombs, entity-expansion XML, huge files. Every limit gives a one-line
:class:`~ehcaudit.errors.PlanReadError`, never a crash. They are module constants so they can
be listed in the README and, if a local authority really needs it, changed in one place.
"""

from __future__ import annotations

from typing import Any

#: Largest file accepted at all (bytes). Real EHC plans are well under 5 MB, even with photos.
MAX_FILE_BYTES = 50 * 1024 * 1024

#: Largest total *uncompressed* size of all members of a .docx/.docm zip (bytes), read from
#: the zip's central directory before anything is inflated.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024

#: Largest uncompressed size of the main document XML part (bytes). Also enforced while
#: inflating, so a zip that lies about its sizes in the directory cannot get past it.
MAX_DOCUMENT_XML_BYTES = 100 * 1024 * 1024

#: Highest compression ratio (uncompressed / compressed) allowed for a zip member ...
MAX_COMPRESSION_RATIO = 100
#: ... applied only to members larger than this once inflated (bytes); small XML parts
#: legitimately compress very well.
RATIO_CHECK_MIN_BYTES = 1 * 1024 * 1024

#: Most members a .docx zip may list (a real plan has 15-40).
MAX_ZIP_MEMBERS = 5000

#: Most paragraphs (w:p, including table cells) a document may have. A 500-page plan has
#: about 20,000; checked in C (XPath count) before any Python objects are made per paragraph.
MAX_PARAGRAPHS = 250_000

#: PDF plans (read with pdfplumber): most pages, most characters of text, and longest time
#: reading one PDF may take (checked between pages) before it is refused with one line. A
#: 500-page plan has about 1.5 million characters. The page count is read from the PDF's page
#: tree before any page is parsed.
MAX_PDF_PAGES = 2000
MAX_PDF_CHARS = 10_000_000
PDF_TIME_LIMIT_SECONDS = 120

#: XML is parsed with lxml with entity resolution off, no network access, no DTD loading
#: and libxml2's default depth/size limits (huge_tree=False). A main document part that
#: declares a DOCTYPE (Word never writes one) is refused outright as a possible
#: entity-expansion ("billion laughs") attack.
XML_PARSER_OPTIONS: dict[str, Any] = dict(  # Any: lxml's XMLParser overloads type each option
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)

#: Longest time one plan may take to read and score in ``ehcaudit audit`` (seconds). A plan
#: over it is recorded as an error ("took longer than 120 s; skipped") and the run goes on.
#: The worker is interrupted at the limit; one stuck in native code is killed (and replaced)
#: :data:`PLAN_KILL_GRACE_SECONDS` later. ``--time-limit`` changes it for one run.
PLAN_TIME_LIMIT_SECONDS = 120
PLAN_KILL_GRACE_SECONDS = 5
