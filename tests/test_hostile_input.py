"""Unusable and hostile files give one clean PlanReadError each, never a crash."""

from __future__ import annotations

import io
import zipfile

import docx
import docx_builders as B
import pytest
from hostile_corpus import BILLION_LAUGHS, OLE

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits, read_document, read_plan
from ehcaudit.reader import structure as structure_mod


def _reason(path, reader=read_plan) -> str:
    with pytest.raises(PlanReadError) as e:
        reader(path)
    assert e.value.source == str(path)
    assert "\n" not in e.value.reason
    return e.value.reason


def test_renamed_text_file(tmp_path):
    p = tmp_path / "plan.docx"
    p.write_text("Section A: Views\nThis is really a text file.\n")
    assert "not a Word file" in _reason(p)
    assert "renamed" in _reason(p)


def test_word_file_that_is_not_a_plan(tmp_path):
    d = docx.Document()
    d.add_paragraph("Minutes of the governors' meeting.")
    p = tmp_path / "minutes.docx"
    d.save(p)
    assert "no EHC plan sections found" in _reason(p)
    assert read_document(p).blocks[0].text == "Minutes of the governors' meeting."


def test_corrupt_zip(tmp_path):
    p = tmp_path / "broken.docx"
    p.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    assert "corrupt" in _reason(p)


def test_truncated_docx(tmp_path):
    good = B.heading_styles(tmp_path / "good.docx").read_bytes()
    p = tmp_path / "truncated.docx"
    p.write_bytes(good[: len(good) // 2])
    assert "corrupt" in _reason(p)


def test_bad_xml_inside(tmp_path):
    p = B.zip_with(tmp_path / "badxml.docx", B.minimal_docx_parts(b"<w:document><w:body><w:p>"))
    assert "corrupt" in _reason(p)


@pytest.mark.parametrize("name", ["empty.docx", "empty.txt", "empty.md"])
def test_empty_file(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"")
    assert "empty" in _reason(p)


def test_whitespace_only_text_and_textless_docx(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n \t\n")
    assert "empty" in _reason(p)
    d = docx.Document()
    d.add_paragraph("")
    q = tmp_path / "blank.docx"
    d.save(q)
    assert "empty" in _reason(q)


def test_encrypted_docx(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    src = B.heading_styles(tmp_path / "src.docx")
    out = io.BytesIO()
    with open(src, "rb") as fh:
        OOXMLFile(fh).encrypt("secret", out)
    p = tmp_path / "locked.docx"
    p.write_bytes(out.getvalue())
    assert msoffcrypto  # the library that built it is the one users have
    assert "password-protected" in _reason(p)


def test_encryption_detected_from_raw_bytes(tmp_path):
    p = tmp_path / "locked.docx"
    p.write_bytes(OLE + b"\x00" * 200 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 200)
    assert "password-protected" in _reason(p)


@pytest.mark.parametrize("name", ["old.doc", "old.docx"])
def test_legacy_doc(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(OLE + b"\x00" * 100 + "WordDocument".encode("utf-16-le") + b"\x00" * 400)
    reason = _reason(p)
    assert "Word 97-2003" in reason and "save it as .docx" in reason


def test_zip_bomb_by_ratio(tmp_path):
    parts = B.minimal_docx_parts(B.document_xml("Section A: Views"))
    parts["word/media/zeros.bin"] = b"\x00" * (20 * 1024 * 1024)
    p = B.zip_with(tmp_path / "bomb.docx", parts)
    assert p.stat().st_size < 200_000
    reason = _reason(p)
    assert "zip bomb" in reason and "zeros.bin" in reason


def test_zip_bomb_by_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED_BYTES", 10_000)
    parts = B.minimal_docx_parts(B.document_xml("Section A: Views", "x" * 20_000))
    p = B.zip_with(tmp_path / "big.docx", parts, compression=zipfile.ZIP_STORED)
    assert "too large once uncompressed" in _reason(p)


def test_inflating_is_capped_even_if_the_directory_lies(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_XML_BYTES", 1000)
    p = B.zip_with(tmp_path / "doc.docx", B.minimal_docx_parts(B.document_xml("Section A: Views", "y" * 5000)))
    assert "too large" in _reason(p)


def test_file_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    p = tmp_path / "plan.txt"
    p.write_text("Section A: Views\n" + "word " * 100)
    assert "file too large" in _reason(p)




def test_entity_expansion_refused(tmp_path):
    p = B.zip_with(tmp_path / "lol.docx", B.minimal_docx_parts(BILLION_LAUGHS))
    assert "entity" in _reason(p)


def test_entity_declared_after_padding_still_refused(tmp_path):
    padded = BILLION_LAUGHS.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0"?>' + b"<!-- " + b"x" * 6000 + b" -->")
    p = B.zip_with(tmp_path / "lol2.docx", B.minimal_docx_parts(padded))
    assert "entity" in _reason(p)


def test_external_entity_not_fetched(tmp_path):
    xml = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>Section A &x;</w:t></w:r></w:p></w:body></w:document>")
    p = B.zip_with(tmp_path / "xxe.docx", B.minimal_docx_parts(xml))
    assert "entity" in _reason(p)


def test_minimal_hand_made_docx_reads(tmp_path):
    p = B.zip_with(tmp_path / "min.docx", B.minimal_docx_parts(B.document_xml("Section A: Views", "Sam likes trains.")))
    assert read_plan(p).text_of("A") == "Sam likes trains."


@pytest.mark.parametrize("name, data, words", [
    ("plan.pdf", b"%PDF-1.7 ...", "corrupt PDF"),
    ("plan.pdf", b"<html>not a pdf</html>", "not a PDF"),
    ("plan.rtf", b"{\\rtf1\\ansi hello}", "RTF"),
    ("plan.odt", b"hello", "unsupported file type '.odt'"),
    ("plan.xlsx", b"hello", "unsupported file type '.xlsx'"),
])
def test_unsupported_types(tmp_path, name, data, words):
    p = tmp_path / name
    p.write_bytes(data)
    assert words in _reason(p)


def test_excel_zip_named_docx(tmp_path):
    p = B.zip_with(tmp_path / "book.docx", {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    assert "Excel" in _reason(p)


def test_zip_without_word_part(tmp_path):
    p = B.zip_with(tmp_path / "other.docx", {"hello.txt": b"hi"})
    assert "not a Word file" in _reason(p)


def test_binary_junk_text(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 20)
    assert "not a text file" in _reason(p)


def test_missing_file_and_folder(tmp_path):
    assert _reason(tmp_path / "nope.docx") == "file not found"
    assert "folder" in _reason(tmp_path)


def test_unexpected_errors_are_wrapped(tmp_path, monkeypatch):
    def boom(self, items):
        raise ValueError("something odd")

    monkeypatch.setattr(structure_mod.Builder, "build", boom)
    p = tmp_path / "plan.txt"
    p.write_text("Section A: Views\nText\n")
    reason = _reason(p)
    assert reason.startswith("could not read file") and "ValueError" in reason


def test_html_saved_as_doc(tmp_path):
    p = tmp_path / "plan.doc"
    p.write_bytes(b"<html xmlns:o='urn:schemas-microsoft-com:office:office'><body>Section A</body></html>")
    assert "web page (HTML)" in _reason(p)


def test_word_2003_xml(tmp_path):
    p = tmp_path / "plan.docx"
    p.write_bytes(b'<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>')
    assert "Word 2003 XML" in _reason(p)


def test_unconverted_alt_chunk(tmp_path):
    xml = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
           b' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           b'<w:body><w:altChunk r:id="rId9"/></w:body></w:document>')
    p = B.zip_with(tmp_path / "chunk.docx", B.minimal_docx_parts(xml))
    assert "altChunk" in _reason(p)


def test_too_many_paragraphs(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 50)
    p = B.zip_with(tmp_path / "many.docx", B.minimal_docx_parts(B.document_xml(*["Section A"] + ["x"] * 60)))
    assert "too many paragraphs" in _reason(p)


def test_too_many_lines_in_text(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 10)
    p = tmp_path / "many.txt"
    p.write_text("Section A: Views\n" + "Line.\n" * 20)
    assert "too many paragraphs" in _reason(p)
    p.write_text("Section A: Views\n" + "\n" * 50)
    assert "too many lines" in _reason(p)


def test_fifo_is_refused(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)
    assert _reason(p) == "not a regular file"
