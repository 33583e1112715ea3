"""A folder of hostile and awkward inputs, one of each kind issue #7 names, beside sound plans.

Used by the batch test (every bad file a one-line error, every good one scored, bounded in time
and memory) and by the reader benchmark (the 500-page plan).
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx_builders as B

ROOT = Path(__file__).resolve().parents[1]
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Section A: Views &lol9;</w:t></w:r></w:p></w:body></w:document>"""

_SENTENCES = [
    "Sam enjoys trains and talks about the timetable of the local line with great detail.",
    "He works best in a calm room with a visual timetable and clear warnings before changes.",
    "His teaching assistant checks in with him at the start of each lesson and after break.",
    "By July 2027, Sam will read a book at his age level with 95% accuracy on 4 of 5 days.",
    "A qualified teacher will deliver 30 minutes of phonics in a group of three, three times a week.",
    "The speech and language therapist will review his programme every half term.",
]


def large_plan(path: Path, words: int = 150_000) -> Path:
    """A plan of about ``words`` words (150,000 is about 500 pages) in sections A-K."""
    codes = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
    per_section = words // len(codes)
    paras: list[str] = []
    for code in codes:
        paras.append(f"Section {code}: part {code}")
        n = 0
        i = 0
        while n < per_section:
            s = " ".join(_SENTENCES[(i + j) % len(_SENTENCES)] for j in range(3))
            paras.append(s)
            n += len(s.split())
            i += 1
    return B.zip_with(path, B.minimal_docx_parts(B.document_xml(*paras)))


def zip_bomb(path: Path, gib: float = 1.0) -> Path:
    """A small .docx whose media member inflates to ``gib`` GiB of zeros (streamed, not held)."""
    parts = B.minimal_docx_parts(B.document_xml("Section A: Views", "Sam likes trains."))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        chunk = b"\x00" * (16 * 1024 * 1024)
        with z.open("word/media/image1.bin", "w", force_zip64=True) as fh:
            for _ in range(int(gib * 64)):
                fh.write(chunk)
    return path


def build(folder: Path) -> dict[str, str]:
    """Write the corpus into ``folder``; returns {file name: expected reason fragment or ''}."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def bad(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        expect[name] = reason

    good = sorted((ROOT / "sample_plans" / "2026-11").glob("*.docx"))[0]
    shutil.copy(good, folder / "sound plan.docx")
    expect["sound plan.docx"] = ""
    # odd but valid names: unicode, spaces, a leading dash, brackets
    shutil.copy(good, folder / "-plan (copy) é ü 名前.docx")
    expect["-plan (copy) é ü 名前.docx"] = ""
    # a macro-enabled plan: read as a document, macros never run
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(folder / "macro.docm", "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("word/vbaProject.bin", OLE + b"\x00" * 512)
    expect["macro.docm"] = ""
    large_plan(folder / "500-pages.docx")
    expect["500-pages.docx"] = ""
    (folder / "latin1.txt").write_bytes(
        "Section A: Views\nZoë likes café trips.\nSection E: Outcomes\nBy July 2027, Zoë will order her own drink.\n"
        .encode("latin-1"))
    expect["latin1.txt"] = ""

    bad("renamed.docx", b"Section A: Views\nThis is a text file.\n", "not a Word file")
    bad("corrupt.docx", b"PK\x03\x04" + b"\x00garbage" * 50, "corrupt")
    bad("truncated.docx", good.read_bytes()[: good.stat().st_size // 2], "corrupt")
    bad("empty.docx", b"", "empty")
    bad("empty.txt", b"", "empty")
    bad("legacy.doc", OLE + b"\x00" * 100 + "WordDocument".encode("utf-16-le") + b"\x00" * 400, "Word 97-2003")
    bad("locked.docx", OLE + b"\x00" * 200 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 200,
        "password-protected")
    buf = io.BytesIO()
    B.zip_with(buf, B.minimal_docx_parts(BILLION_LAUGHS))  # type: ignore[arg-type]
    bad("entities.docx", buf.getvalue(), "entity")
    zip_bomb(folder / "bomb.docx")
    expect["bomb.docx"] = "zip bomb"
    # PDFs: a sound one is scored; a scan, a runaway page tree, a truncated and a garbage file
    # get one line each
    import pdf_hostile as H

    pdf_lines = [ln for code in B.CODES for ln in (f"Section {code}: {B.PLAIN_TITLES[code]}", *B.CONTENT[code])]
    (folder / "sound plan.pdf").write_bytes(H.text_pdf(pdf_lines))
    expect["sound plan.pdf"] = ""
    H.scanned_pdf(folder / "scanned.pdf")
    expect["scanned.pdf"] = "no text layer (a scanned PDF?): OCR it first"
    H.many_pages_pdf(folder / "many-pages.pdf", 2500)
    expect["many-pages.pdf"] = "too many pages"
    bad("truncated.pdf", (folder / "sound plan.pdf").read_bytes()[:400], "corrupt PDF")
    H.garbage_pdf(folder / "garbage.pdf")
    expect["garbage.pdf"] = "corrupt PDF"
    return expect
