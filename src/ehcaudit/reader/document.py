"""read_plan and read_document: a file's bytes -> :class:`~ehcaudit.model.Plan` (see the package docstring)."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from ehcaudit.display import display_path
from ehcaudit.errors import PlanReadError
from ehcaudit.model import OutsideText, Plan
from ehcaudit.reader import limits
from ehcaudit.reader.container import SafeDocx, parse_xml, sniff
from ehcaudit.reader.docx_walk import W_ALTCHUNK, W_BODY, DocxWalker, StyleInfo
from ehcaudit.reader.docx_walk import W as W_NS
from ehcaudit.reader.frontmatter import build_front, pairs_from_blocks, pairs_from_text
from ehcaudit.reader.parts import outside_texts
from ehcaudit.reader.pdf import read_pdf
from ehcaudit.reader.pdf_locations import add_pages
from ehcaudit.reader.raw import RPara, RTable
from ehcaudit.reader.structure import Builder
from ehcaudit.reader.text_walk import walk_text
from ehcaudit.text import count_words


def read_plan(path: str | Path) -> Plan:
    """Read an EHC plan. Raises :class:`PlanReadError` for anything unusable."""
    return _read(path, plan_mode=True)


def read_document(path: str | Path) -> Plan:
    """Read any document (it need not be an EHC plan). Raises :class:`PlanReadError`."""
    return _read(path, plan_mode=False)


def _read(path: str | Path, plan_mode: bool) -> Plan:
    source = display_path(path)  # shown and stored; the file is opened by its own path
    try:
        return _read_inner(Path(path), source, plan_mode)
    except PlanReadError:
        raise
    except MemoryError:
        raise PlanReadError(source, "too large to read (out of memory)") from None
    except RecursionError:
        raise PlanReadError(source, "document structure nested too deeply") from None
    except Exception as e:  # never let anything else escape: one line, no traceback
        detail = " ".join(str(e).split())[:100]
        raise PlanReadError(source, f"could not read file ({type(e).__name__}{': ' + detail if detail else ''})") from None


def _load_bytes(p: Path, source: str) -> bytes:
    try:
        is_dir = p.is_dir()
        st = None if is_dir else p.stat()
    except OSError as e:
        raise _os_error(source, e) from None
    if st is None:
        raise PlanReadError(source, "is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
        raise PlanReadError(source, "not a regular file")
    size = st.st_size
    if size > limits.MAX_FILE_BYTES:
        raise PlanReadError(
            source, f"file too large ({size // (1024 * 1024)} MB; limit {limits.MAX_FILE_BYTES // (1024 * 1024)} MB)"
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(limits.MAX_FILE_BYTES + 1)
    except OSError as e:
        raise _os_error(source, e) from None
    if len(data) > limits.MAX_FILE_BYTES:
        raise PlanReadError(source, "file too large")
    return data


def _os_error(source: str, e: OSError) -> PlanReadError:
    """One line for a file that cannot be opened or read."""
    if isinstance(e, FileNotFoundError):
        return PlanReadError(source, "file not found")
    if isinstance(e, PermissionError):
        return PlanReadError(source, "permission denied")
    return PlanReadError(source, f"cannot open file: {e.strerror or e}")


def _decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM), else Windows cp1252/latin-1."""
    text = _decode_utf16(data, source)
    if text is None:
        if b"\x00" in data[:65536]:
            raise PlanReadError(source, "not a text file (binary data)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Windows "ANSI" files: cp1252, then latin-1 (which accepts any byte)
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    sample = text[:65536]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    if bad > max(8, len(sample) // 50):
        raise PlanReadError(source, "not a text file (binary data)")
    return text


def _decode_utf16(data: bytes, source: str) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise PlanReadError(source, "not a text file (broken UTF-16)") from None
    head = data[:4096]
    if len(head) >= 8 and b"\x00" in head:
        # UTF-16 without a byte-order mark: every other byte is zero for English text
        for enc, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if zeros.count(0) >= len(zeros) * 0.9:
                try:
                    return data.decode(enc)
                except UnicodeDecodeError:
                    return None
    return None


_STYLE_CACHE: dict[bytes, StyleInfo] = {}


def _styles(docx: SafeDocx) -> StyleInfo:
    """Style facts, cached by the styles part's hash (plans from one template share it)."""
    name = "word/styles.xml"
    if name not in docx.names:
        return StyleInfo(None)
    try:
        data = docx.read(name)
    except PlanReadError:
        return StyleInfo(None)  # odd styles are not fatal: fall back to defaults
    key = hashlib.sha256(data).digest()
    info = _STYLE_CACHE.get(key)
    if info is None:
        try:
            info = StyleInfo(parse_xml(data, docx.source, name))
        except PlanReadError:
            info = StyleInfo(None)
        if len(_STYLE_CACHE) >= 32:
            _STYLE_CACHE.clear()
        _STYLE_CACHE[key] = info
    return info


def _page_header_pairs(docx: SafeDocx, styles: StyleInfo) -> list[tuple[str, str]]:
    """``label: value`` pairs from page headers (they make no blocks: para_ids cover the body only)."""
    pairs: list[tuple[str, str]] = []
    for name in docx.header_parts():
        try:
            root = docx.parse(name)
        except PlanReadError:
            continue
        for item in DocxWalker(root, styles).walk():
            if isinstance(item, RPara):
                pairs.extend(pairs_from_text(item.text))
            else:
                for row in item.rows:
                    for k in range(0, len(row) - 1, 2):
                        label, value = row[k].text.split("\n")[0], row[k + 1].text
                        if label and value and len(label.split()) <= 10:
                            pairs.append((label, " ".join(value.split())))
                    for cell in row:
                        pairs.extend(pairs_from_text(cell.text))
    return pairs


def _read_inner(p: Path, source: str, plan_mode: bool) -> Plan:
    data = _load_bytes(p, source)
    fmt = sniff(data, p, source)
    items: list[RPara | RTable]
    if fmt == "docx":
        docx = SafeDocx(data, source)
        root = docx.parse(docx.main)
        body = root.find(W_BODY)
        if body is None:
            raise PlanReadError(source, "corrupt Word file (no document body)")
        n_paras = int(body.xpath("count(.//w:p)", namespaces={"w": W_NS}))
        if n_paras > limits.MAX_PARAGRAPHS:
            raise PlanReadError(source, f"too many paragraphs ({n_paras}; limit {limits.MAX_PARAGRAPHS})")
        styles = _styles(docx)
        items = DocxWalker(body, styles).walk()
        if not items and body.find(".//" + W_ALTCHUNK) is not None:
            raise PlanReadError(
                source, "the text is an embedded chunk (altChunk) Word has not converted yet: "
                        "open the file in Word and save it as .docx")
        header_pairs = _page_header_pairs(docx, styles)

        outside = outside_texts(docx, body)
    elif fmt == "pdf":

        pdf = read_pdf(data, source)
        items = pdf.items
        header_pairs = [pair for line in pdf.margins for pair in pairs_from_text(line)]
        # page headers and footers are set aside from the plan, but checked for identifiers
        outside = [OutsideText(part="Page header or footer", text=line)
                   for line in dict.fromkeys(pdf.margins) if line.strip()]
    else:
        header_pairs = []
        outside = []
        text = _decode_text(data, source)
        if not text.strip():
            raise PlanReadError(source, "empty file (no text)")
        lines = text.count("\n") + 1
        if lines > 4 * limits.MAX_PARAGRAPHS:
            raise PlanReadError(source, f"too many lines ({lines}; limit {4 * limits.MAX_PARAGRAPHS})")
        items = walk_text(text, markdown=(fmt == "md"))
        if len(items) > limits.MAX_PARAGRAPHS:
            raise PlanReadError(source, f"too many paragraphs ({len(items)}; limit {limits.MAX_PARAGRAPHS})")
    if not items:
        raise PlanReadError(source, "empty document (no text found)")

    b = Builder(plan_mode=plan_mode)
    b.build(items)
    found = [c for c, s in b.sections.items() if s.found]
    if fmt == "pdf":

        add_pages(b.blocks, b.advice, pdf.line_page)
    if plan_mode and not found:
        raise PlanReadError(source, "no EHC plan sections found (is this an EHC plan?)")
    if not found:
        for blk in b.blocks:
            if blk.location.startswith("Front matter, "):
                rest = blk.location[len("Front matter, "):]
                blk.location = rest[:1].upper() + rest[1:]

    for sec in b.sections.values():
        sec.words = sum(count_words(b.blocks[i].text) for i in sec.block_ids if b.blocks[i].kind != "heading")
    # body pairs first: a value in the document beats the same label in the page header
    front = build_front(pairs_from_blocks(b.blocks) + b.pairs + header_pairs)
    ref = front.reference
    plan_id = ref if ref else display_path(p.stem)
    return Plan(
        plan_id=plan_id,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        front=front,
        blocks=b.blocks,
        sections=b.sections,
        threads=b.threads,
        advice=b.advice,
        words=sum(count_words(x.text) for x in b.blocks if x.kind != "heading"),
        outside=outside,
    )
