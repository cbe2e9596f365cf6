"""Looking inside a rendered PDF with pypdfium2: page sizes, text, rendered pixels, embedded fonts."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

A4_PT = (595.2756, 841.8898)


def paginas(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def tekst(pdf: bytes) -> str:
    """All text of all pages, whitespace collapsed (a line break and a no-break space read as one space)."""
    doc = pdfium.PdfDocument(pdf)
    delen = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    return " ".join(" ".join(delen).replace("\xa0", " ").split())


def paginateksten(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    return [" ".join(doc[i].get_textpage().get_text_range().replace("\xa0", " ").split()) for i in range(len(doc))]


def formaten(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_size() for i in range(len(doc))]


def inktaandeel(pdf: bytes, pagina: int, schaal: float = 0.5) -> float:
    """The share of pixels that are not (near) white on a rendered page."""
    beeld = pdfium.PdfDocument(pdf)[pagina].render(scale=schaal).to_pil().convert("L")
    histogram = beeld.histogram()
    return 1 - sum(histogram[240:]) / (beeld.width * beeld.height)


def lettertypen(pdf: bytes) -> set[str]:
    """The /BaseFont names in the PDF (ReportLab writes font dictionaries uncompressed)."""
    return {m.decode() for m in re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-_]+)", pdf)}
