"""Safety limits applied to every input file before anything is inflated or parsed.

These protect an unattended batch run (a folder of hundreds of plans) from hostile or broken
files: zip bombs, entity-expansion XML, huge files. Every limit gives a one-line
:class:`~ehcaudit.errors.PlanReadError`, never a crash. They are module constants so they can
be listed in the README and, if a local authority really needs it, changed in one place.
"""

from __future__ import annotations

import errno
import os
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

#: Largest rubric file read (bytes). The default rubric is about 70 KB. ``--rubric /dev/zero``
#: or a multi-gigabyte file is refused in one line instead of being read without end.
MAX_RUBRIC_BYTES = 5 * 1024 * 1024
#: Largest vocabulary file read (``--vocabulary``, ``EHCAUDIT_VOCABULARY``), bytes: about
#: 500,000 words.
MAX_VOCABULARY_BYTES = 10 * 1024 * 1024


def read_limited(path, limit: int, what: str) -> bytes:
    """The bytes of a small input file (a rubric, a vocabulary), read with a size limit.

    Raises ``OSError`` (``strerror`` a one-line reason) if the file cannot be read or is larger
    than ``limit`` bytes; a device or pipe that never ends (``/dev/zero``) is cut off at the
    limit, never read without end."""

    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // (1024 * 1024)} MB, the limit for a {what} file", str(path))
    return data

#: Address space one ``audit`` worker process may use (bytes; ``RLIMIT_AS``). A warmed worker
#: uses about 330 MB of address space and 180 MB of memory; a plan that needs more than the
#: limit is recorded as an error ("needed more than 3072 MB of memory; skipped") and the month
#: goes on. The environment variable ``EHCAUDIT_WORKER_MEMORY_MB`` changes it (0: no limit).
WORKER_MEMORY_BYTES = 3 * 1024 * 1024 * 1024
WORKER_MEMORY_ENV = "EHCAUDIT_WORKER_MEMORY_MB"


def worker_memory_bytes() -> int | None:
    """The worker address-space limit in bytes (None: no limit)."""

    raw = os.environ.get(WORKER_MEMORY_ENV, "").strip()
    if raw:
        try:
            mb = int(raw)
        except ValueError:
            return WORKER_MEMORY_BYTES
        return mb * 1024 * 1024 if mb > 0 else None
    return WORKER_MEMORY_BYTES
