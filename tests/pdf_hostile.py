"""Hostile and awkward PDFs, written byte by byte (no PDF library needed): a page with only an
image (a scan, no text layer), a page tree claiming thousands of pages, a page tree that lies
about its count, deeply nested arrays, truncated and garbage files. Encrypted PDFs come from
LibreOffice (tests/pdf_corpus.py)."""

from __future__ import annotations

import zlib
from pathlib import Path


def build_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF whose object n (1-based) is ``objects[n-1]``, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length " + str(len(data)).encode() + extra + b" >>\nstream\n" + data + b"\nendstream"


def text_pdf(lines: list[str], pages: int = 1) -> bytes:
    """A plain PDF with the given lines (Helvetica 11 pt) on each of ``pages`` pages."""
    content = b"BT /F1 11 Tf 72 720 Td 14 TL " + b" ".join(
        b"(" + ln.replace("\u2013", "-").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace") + b") '"
        for ln in lines) + b" ET"
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
            _stream(content)]
    for _ in range(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
                    b"/Resources << /Font << /F1 " + str(4 + pages).encode() + b" 0 R >> >> >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return build_pdf(objs)


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Pages that are only an image (as a scanner makes them): no text layer at all."""
    w = h = 16
    pixels = zlib.compress(bytes(v for i in range(w * h) for v in ((i * 7) % 256, 200, 255 - i % 256)))
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
            _stream(pixels, b" /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceRGB"
                            b" /BitsPerComponent 8 /Filter /FlateDecode"),
            _stream(b"q 540 0 0 700 36 46 cm /Im1 Do Q")]
    for _ in range(pages):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                    b"/Resources << /XObject << /Im1 3 0 R >> >> >>")
    path.write_bytes(build_pdf(objs))
    return path


def many_pages_pdf(path: Path, pages: int, claim: int | None = None) -> Path:
    """A page tree of ``pages`` pages (one shared content stream) that says it has ``claim``."""
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {claim if claim is not None else pages} >>".encode(),
            _stream(b"BT /F1 11 Tf 72 720 Td (Section A: Views) Tj ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
             b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    path.write_bytes(build_pdf(objs))
    return path


def nested_pdf(path: Path, depth: int = 200_000) -> Path:
    """A content stream of arrays nested ``depth`` deep, then some text."""
    content = b"[" * depth + b"]" * depth + b" BT /F1 11 Tf 72 720 Td (Section A: Views) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            _stream(content),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    path.write_bytes(build_pdf(objs))
    return path


def truncated(src: Path, path: Path, keep: float = 0.4) -> Path:
    data = src.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def garbage_pdf(path: Path) -> Path:
    """A PDF header and then noise."""
    import random

    rng = random.Random(7)
    path.write_bytes(b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(20_000)))
    return path


def header_only(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    return path


def struck_pdf(path: Path) -> Path:
    """An amendment notice: a removed sentence struck through (a rule through the middle of the
    text), a new one underlined (a rule under it), as councils mark amended plans."""
    content = (b"BT /F1 11 Tf 72 720 Td (Section F: Special educational provision) Tj ET "
               b"BT /F1 11 Tf 72 690 Td (Weekly speech therapy.) Tj ET "
               b"BT /F1 11 Tf 72 670 Td (Daily speech therapy for 30 minutes.) Tj ET "
               b"0.8 w 72 693.5 m 200 693.5 l S "  # through the middle of line 690 (struck)
               b"0.8 w 72 668 m 250 668 l S")  # under line 670 (underlined)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            _stream(content),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    path.write_bytes(build_pdf(objs))
    return path


def bomb_pdf(path: Path, inflated: int = 300 * 1024 * 1024) -> Path:
    """A content stream of spaces that inflates to ``inflated`` bytes from a few hundred KB."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(comp.compress(chunk) for _ in range(inflated // len(chunk))) + comp.flush()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            _stream(data, b" /Filter /FlateDecode"),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"]
    path.write_bytes(build_pdf(objs))
    return path
