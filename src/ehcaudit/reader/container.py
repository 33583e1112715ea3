"""Working out what a file really is, and opening .docx/.docm zips safely.

Nothing here trusts the file name: the first bytes decide. Every refusal is a
:class:`PlanReadError` with a one-line reason a person can act on.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")

_W_MAIN = "word/document.xml"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def sniff(data: bytes, path: Path, source: str) -> str:
    """``"docx"``, ``"pdf"``, ``"txt"`` or ``"md"``; raises PlanReadError for anything else."""
    suffix = path.suffix.lower()
    if not data:
        raise PlanReadError(source, "empty file (0 bytes)")
    if data.startswith(OLE_MAGIC):
        raise PlanReadError(source, _ole_reason(data, suffix))
    if data.startswith(ZIP_MAGICS):
        return "docx"
    head = data[:1024].lstrip()
    lower = head.lower()
    if lower.startswith(b"<?xml") and b"w:worddocument" in data[:4096].lower():
        raise PlanReadError(source, "a Word 2003 XML document: open it in Word and save it as .docx")
    if suffix in WORD_SUFFIXES + (".doc", ".dot") and (
        lower.startswith((b"<html", b"<!doctype html")) or b"<html" in lower[:300]
    ):
        raise PlanReadError(source, "a web page (HTML) saved with a Word name: open it in Word and save it as .docx")
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        raise PlanReadError(source, "a Rich Text (RTF) file: open it in Word and save it as .docx")
    if suffix == ".pdf":
        raise PlanReadError(source, "not a PDF: it has no PDF header (damaged, or renamed from another type?)")
    if suffix in WORD_SUFFIXES or suffix in (".doc", ".dot"):
        kind = "text" if _looks_textual(data[:4096]) else "data"
        raise PlanReadError(
            source,
            f"not a Word file: it contains {'plain text' if kind == 'text' else 'unrecognised data'}, "
            f"not a {suffix} document (was it renamed?)",
        )
    if suffix in TEXT_SUFFIXES:
        return "md" if suffix in (".md", ".markdown") else "txt"
    if suffix:
        raise PlanReadError(
            source, f"unsupported file type '{suffix}': ehcaudit reads .docx, .docm, .pdf, .txt and .md"
        )
    if _looks_textual(data[:4096]):
        return "txt"
    raise PlanReadError(source, "unsupported file type (no extension and not text)")


def _looks_textual(chunk: bytes) -> bool:
    if not chunk:
        return True
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in chunk:
        return False
    bad = sum(1 for b in chunk if b < 9 or 13 < b < 32)
    return bad <= len(chunk) // 100


def _ole_reason(data: bytes, suffix: str) -> str:
    """Why an OLE compound file (the pre-2007 container) cannot be read."""
    streams: set[str] = set()
    try:
        # lazy: olefile costs 5 ms in every worker; only a legacy .doc needs it
        import olefile

        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(e) for e in ole.listdir(streams=True, storages=True)}
    except Exception:
        streams = set()
    names = {s.split("/")[-1].lower() for s in streams}
    encrypted = bool({"encryptioninfo", "encryptedpackage"} & names) or (
        not streams and (_utf16("EncryptionInfo") in data or _utf16("EncryptedPackage") in data)
    )
    if encrypted:
        return ("password-protected (encrypted) Word document: remove the password in Word "
                "(File > Info > Protect Document) and save it again")
    if "worddocument" in names or (not streams and _utf16("WordDocument") in data) or suffix in (".doc", ".dot"):
        return "legacy Word 97-2003 (.doc) file: open it in Word and save it as .docx"
    if {"workbook", "book"} & names:
        return "a legacy Excel file, not a Word document"
    return "unsupported file type (an old-style Office/OLE file, not a .docx)"


class SafeDocx:
    """The parts of a .docx/.docm that the reader needs, read within the safety limits."""

    def __init__(self, data: bytes, source: str):
        self.source = source
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
            raise PlanReadError(source, f"corrupt Word file (damaged zip: {_short(e)})") from None
        self._check_directory(infos)
        self.names = {i.filename for i in infos}
        self.main = self._main_part_name()

    def _check_directory(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            raise PlanReadError(self.source, f"suspicious Word file: {len(infos)} zip members (limit {limits.MAX_ZIP_MEMBERS})")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise PlanReadError(self.source, "password-protected (encrypted) zip: remove the password and save again")
            total += info.file_size
            if info.file_size > limits.RATIO_CHECK_MIN_BYTES:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.MAX_COMPRESSION_RATIO:
                    raise PlanReadError(
                        self.source,
                        f"suspicious compression (possible zip bomb): {info.filename} expands {ratio:.0f}:1 "
                        f"(limit {limits.MAX_COMPRESSION_RATIO}:1)",
                    )
        if total > limits.MAX_UNCOMPRESSED_BYTES:
            raise PlanReadError(
                self.source,
                f"too large once uncompressed ({total // (1024 * 1024)} MB; limit "
                f"{limits.MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB): possible zip bomb",
            )

    def _main_part_name(self) -> str:
        main = None
        if "_rels/.rels" in self.names:
            try:
                root = self.parse("_rels/.rels")
                for rel in root:
                    if str(rel.get("Type", "")).endswith("/officeDocument"):
                        target = rel.get("Target", "").lstrip("/")
                        main = posixpath.normpath(target)
                        break
            except PlanReadError:
                main = None
        if main and main in self.names and main.startswith("word/"):
            return main
        if _W_MAIN in self.names:
            return _W_MAIN
        if main and main.startswith("xl/") or any(n.startswith("xl/") for n in self.names):
            raise PlanReadError(self.source, "an Excel workbook, not a Word document")
        if main and main.startswith("ppt/") or any(n.startswith("ppt/") for n in self.names):
            raise PlanReadError(self.source, "a PowerPoint file, not a Word document")
        if "content.xml" in self.names or "mimetype" in self.names:
            raise PlanReadError(self.source, "an OpenDocument file, not a Word document: save it as .docx")
        raise PlanReadError(self.source, "not a Word file (a zip archive with no Word document inside)")

    def read(self, name: str, limit: int | None = None) -> bytes:
        """Inflate one member, never more than ``limit`` bytes whatever the directory says."""
        if limit is None:
            limit = limits.MAX_DOCUMENT_XML_BYTES
        try:
            with self.zf.open(name) as fh:
                data = fh.read(limit + 1)
        except KeyError:
            raise PlanReadError(self.source, f"corrupt Word file ({name} missing)") from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as e:
            raise PlanReadError(self.source, f"corrupt Word file ({name}: {_short(e)})") from None
        except RuntimeError as e:  # encrypted member
            raise PlanReadError(self.source, f"cannot open {name}: {_short(e)}") from None
        if len(data) > limit:
            raise PlanReadError(self.source, f"{name} is too large once uncompressed (possible zip bomb)")
        return data

    def header_parts(self) -> list[str]:
        """Page header parts (word/header1.xml ...), where plans often repeat the reference."""
        return sorted(n for n in self.names if re.fullmatch(r"word/header\d*\.xml", n))

    def parse(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), self.source, name)


def parse_xml(data: bytes, source: str, name: str) -> etree._Element:
    """Parse XML with entity resolution, DTD loading and network access all off."""
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise PlanReadError(
            source, f"refused: {name} declares a DTD/entities (possible entity-expansion attack)"
        )
    parser = etree.XMLParser(**limits.XML_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as e:
        raise PlanReadError(source, f"corrupt Word file (bad XML in {name}: {_short(e)})") from None
    if root is None:
        raise PlanReadError(source, f"corrupt Word file (empty {name})")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise PlanReadError(
            source, f"refused: {name} declares a DTD/entities (possible entity-expansion attack)"
        )
    return root


def _short(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text[:120]
