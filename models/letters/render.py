"""The ReportLab renderer: a `Brief` (header + blocks) becomes PDF bytes. Pure, deterministic, thread-confined.

What belongs here: the house style of letters (A4, the Dienst Toeslagen letterhead with a simple drawn mark in
the Rijkshuisstijl palette of UI.md, the address window, the reference block, "pagina 1 van 2" on every page),
the embedded DejaVu fonts, and one function per block kind that turns it into flowables. No wording: every
text arrives in the `Brief` (see `models.letters.teksten`), so this module is the same for every language.

Determinism: the same `Brief` gives the same bytes (ReportLab's `invariant` mode fixes the creation date and the
document id; font subsets are named deterministically), so tests can compare PDFs and a letter rendered again on
demand is byte-identical to the first rendering.

Escaping: a plain `str` in a block is data. Text without markup is drawn as text by `_Tekst` (never parsed);
text that needs ReportLab's `Paragraph` (which parses mini-XML) is `Opmaak` from the letter files, whose filled-in
values were escaped by `models.letters.teksten`, or a plain `str` escaped here. Data never becomes markup.

Speed: a two- or three-page letter renders in ~30–60 ms in pure Python. Most time went into Paragraph's parsing
and line breaking; plain text therefore takes the `_Tekst` fast path (greedy breaking on spaces with cached word
widths), Paragraphs remember their line breaking per width, and streams are zlib-only (no ASCII85).

Call `render_brief()` from a worker (the UI's TaskRunner), never on the GUI thread.
"""

from __future__ import annotations

import functools
import io
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.letters.bouwstenen import (
    Actie,
    Afsluiting,
    Alinea,
    Bedragen,
    Berekening,
    Blok,
    Brief,
    Briefkop,
    Gegevens,
    Hoofdboodschap,
    Kader,
    Opsomming,
    Sectie,
    Tabel,
    Termijnen,
)
from models.letters.teksten import Opmaak, xml

__all__ = ["BREEDTE", "FONT", "FONT_VET", "PAGINA", "flowables", "registreer_fonts", "render_brief"]

# --- house style ---------------------------------------------------------------------------------------------

LINTBLAUW = colors.HexColor("#01689B")
DONKERBLAUW = colors.HexColor("#154273")
LICHTBLAUW = colors.HexColor("#E1EFF6")
PANEEL = colors.HexColor("#F3F3F3")
LIJN = colors.HexColor("#CCCCCC")
TEKST = colors.HexColor("#333333")
GRIJS = colors.HexColor("#5C5C5C")  # secondary text: 6.6:1 on white
LET_OP = colors.HexColor("#E17000")
LET_OP_LICHT = colors.HexColor("#FDF0E3")

FONT = "WerkplekSans"
FONT_VET = "WerkplekSans-Bold"
FONT_SCHUIN = "WerkplekSans-Oblique"
_FONTBESTANDEN = {FONT: "DejaVuSans.ttf", FONT_VET: "DejaVuSans-Bold.ttf", FONT_SCHUIN: "DejaVuSans-Oblique.ttf"}

PAGINA = A4
_LINKS = 25 * mm
_RECHTS = 20 * mm
_ONDER = 24 * mm
_BOVEN_EERSTE = 46 * mm  # the address block sits in the window of a standard window envelope
_BOVEN_VOLGENDE = 24 * mm
BREEDTE = PAGINA[0] - _LINKS - _RECHTS

_fontslot = threading.Lock()


def registreer_fonts(fonts_dir: Path) -> None:
    """Register the embedded TTF fonts once per process (DejaVu: Ł, Ż, ő, ş, € all print).

    Raises:
        FileNotFoundError: a font file is missing in `fonts_dir`.
    """
    with _fontslot:
        # Binary (zlib-only) streams: ASCII85 on top makes every PDF 25% larger and costs ~10 ms per letter.
        rl_config.useA85 = 0
        if FONT_VET in pdfmetrics.getRegisteredFontNames():
            return
        for naam, bestand in _FONTBESTANDEN.items():
            pad = Path(fonts_dir) / bestand
            if not pad.is_file():
                raise FileNotFoundError(f"Lettertype ontbreekt: {pad}")
            pdfmetrics.registerFont(TTFont(naam, str(pad)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_VET, italic=FONT_SCHUIN, boldItalic=FONT_VET)


# --- paragraph styles ------------------------------------------------------------------------------------------

_BASIS = ParagraphStyle("basis", fontName=FONT, fontSize=10, leading=14.5, textColor=TEKST, spaceAfter=5)
_STIJL = {
    "basis": _BASIS,
    "klein": ParagraphStyle("klein", parent=_BASIS, fontSize=8.5, leading=11.5, textColor=GRIJS, spaceAfter=3),
    "adres": ParagraphStyle("adres", parent=_BASIS, fontSize=10, leading=13.5, spaceAfter=0),
    "afzender": ParagraphStyle("afzender", parent=_BASIS, fontSize=8, leading=11, textColor=GRIJS, spaceAfter=0),
    "afzender_vet": ParagraphStyle(
        "afzender_vet", parent=_BASIS, fontName=FONT_VET, fontSize=8, leading=11, textColor=DONKERBLAUW, spaceAfter=0
    ),
    "ref_label": ParagraphStyle("ref_label", parent=_BASIS, fontSize=8, leading=12, textColor=GRIJS, spaceAfter=0),
    "ref_waarde": ParagraphStyle("ref_waarde", parent=_BASIS, fontSize=10, leading=12.5, spaceAfter=0),
    "hoofd": ParagraphStyle(
        "hoofd", parent=_BASIS, fontName=FONT_VET, fontSize=11.5, leading=16, textColor=DONKERBLAUW, spaceAfter=0
    ),
    "kopje": ParagraphStyle(
        "kopje",
        parent=_BASIS,
        fontName=FONT_VET,
        fontSize=11,
        leading=14,
        textColor=DONKERBLAUW,
        spaceBefore=9,
        spaceAfter=4,
    ),
    "cel": ParagraphStyle("cel", parent=_BASIS, fontSize=9.5, leading=12.5, spaceAfter=0),
    "cel_vet": ParagraphStyle("cel_vet", parent=_BASIS, fontName=FONT_VET, fontSize=9.5, leading=12.5, spaceAfter=0),
    "cel_rechts": ParagraphStyle(
        "cel_rechts", parent=_BASIS, fontSize=9.5, leading=12.5, spaceAfter=0, alignment=TA_RIGHT
    ),
    "cel_rechts_vet": ParagraphStyle(
        "cel_rechts_vet", parent=_BASIS, fontName=FONT_VET, fontSize=9.5, leading=12.5, spaceAfter=0, alignment=TA_RIGHT
    ),
    "cel_kop": ParagraphStyle(
        "cel_kop", parent=_BASIS, fontName=FONT_VET, fontSize=8, leading=10.5, textColor=GRIJS, spaceAfter=0
    ),
    "cel_kop_rechts": ParagraphStyle(
        "cel_kop_rechts",
        parent=_BASIS,
        fontName=FONT_VET,
        fontSize=8,
        leading=10.5,
        textColor=GRIJS,
        spaceAfter=0,
        alignment=TA_RIGHT,
    ),
    "cel_klein": ParagraphStyle("cel_klein", parent=_BASIS, fontSize=8, leading=10.5, textColor=GRIJS, spaceAfter=0),
    "reken": ParagraphStyle("reken", parent=_BASIS, fontSize=8.5, leading=11, spaceAfter=0),
    "reken_vet": ParagraphStyle("reken_vet", parent=_BASIS, fontName=FONT_VET, fontSize=8.5, leading=11, spaceAfter=0),
    "termijn_label": ParagraphStyle(
        "termijn_label", parent=_BASIS, fontSize=8.5, leading=11, spaceAfter=0, textColor=colors.white
    ),
    "termijn": ParagraphStyle(
        "termijn", parent=_BASIS, fontName=FONT_VET, fontSize=12.5, leading=16, spaceAfter=0, textColor=colors.white
    ),
}


# Table's default cell font is Helvetica, which would then be referenced (not embedded) by every table
_TABEL_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)


class _Alinea(Paragraph):
    """A Paragraph that remembers its last line breaking: tables and KeepTogether wrap the same paragraph at the
    same width several times, and breaking lines is the most expensive step of rendering a letter."""

    _laatste: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        # valid only while the line breaking it describes is still there (`split` may delete it)
        if self._laatste is not None and self._laatste[0] == availWidth and "blPara" in self.__dict__:
            return self._laatste[1]
        maat = super().wrap(availWidth, availHeight)
        self._laatste = (availWidth, maat)
        return maat


class _Tekst(Flowable):
    """Plain text (no markup) in a paragraph style, broken into lines on spaces and drawn as a Paragraph would
    draw it (first baseline `fontSize` below the top, then one `leading` per line).

    Most cells of a letter and many of its sentences have no bold and no escaped character; for those, ReportLab's
    Paragraph (mini-XML parsing, fragment bookkeeping, pure-Python line breaking) is most of the rendering time.
    Word widths are cached per process, so a batch of letters measures each word once.
    """

    def __init__(self, tekst: str, stijl: ParagraphStyle, regels: list[str] | None = None) -> None:
        super().__init__()
        self.tekst = tekst
        self.stijl = stijl
        self._regels = regels
        self._vast = regels is not None  # the part of a split: its lines are fixed
        self._breedte: float | None = None

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        if not self._vast and self._breedte != available_width:
            self._regels = _breek(self.tekst, self.stijl.fontName, self.stijl.fontSize, available_width)
            self._breedte = available_width
        self.width = available_width
        self.height = len(self._regels or ()) * self.stijl.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        regels = self._regels or []
        passen = min(int(available_height // self.stijl.leading), len(regels) - 2)  # no widow line
        if passen < 2:  # no orphan line either: move the paragraph to the next page whole
            return []
        return [_Tekst(self.tekst, self.stijl, regels[:passen]), _Tekst(self.tekst, self.stijl, regels[passen:])]

    def getSpaceBefore(self) -> float:
        return float(self.stijl.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.stijl.spaceAfter)

    def draw(self) -> None:
        st = self.stijl
        regels = self._regels or []
        # one text object for all lines: font and colour are written once
        t = self.canv.beginText()
        t.setFont(st.fontName, st.fontSize, st.leading)
        t.setFillColor(st.textColor)
        y = self.height - st.fontSize
        if st.alignment == TA_RIGHT:
            for regel in regels:
                t.setTextOrigin(self.width - _tekstbreedte(regel, st.fontName, st.fontSize), y)
                t.textOut(regel)
                y -= st.leading
        else:
            t.setTextOrigin(0, y)
            for regel in regels:
                t.textLine(regel)
        self.canv.drawText(t)


def _breek(tekst: str, font: str, grootte: float, breedte: float) -> list[str]:
    """Greedy line breaking on spaces (a no-break space keeps its neighbours together)."""
    spatie = _tekstbreedte(" ", font, grootte)
    regels: list[str] = []
    huidig: list[str] = []
    bezet = 0.0
    for woord in _WIT.split(tekst.strip()):
        w = _tekstbreedte(woord, font, grootte)
        if huidig and bezet + spatie + w > breedte:
            regels.append(" ".join(huidig))
            huidig, bezet = [woord], w
        else:
            bezet = w if not huidig else bezet + spatie + w
            huidig.append(woord)
    if huidig:
        regels.append(" ".join(huidig))
    return regels


_WIT = re.compile(r"[ \t\r\n]+")


@functools.lru_cache(maxsize=16384)
def _tekstbreedte(tekst: str, font: str, grootte: float) -> float:
    return float(pdfmetrics.stringWidth(tekst, font, grootte))


def _p(tekst: str, stijl: str = "basis") -> Flowable:
    """A paragraph: plain text through the fast `_Tekst`, text with markup through ReportLab's Paragraph."""
    # a no-break space keeps "€" with its amount at the end of a line
    if isinstance(tekst, Opmaak):
        if "<" in tekst or "&" in tekst:
            return _Alinea(tekst.replace("€ ", "€\xa0"), _STIJL[stijl])
    elif not tekst:
        return _Alinea("", _STIJL[stijl])
    return _Tekst(tekst.replace("€ ", "€\xa0"), _STIJL[stijl])


def _p_opmaak(tekst: str, stijl: str = "basis") -> Paragraph:
    """Always a Paragraph (list items: ListFlowable aligns its bullet with a Paragraph's first line)."""
    return _Alinea(xml(tekst).replace("€ ", "€\xa0"), _STIJL[stijl])


Cel = tuple[str, str]
"""A table cell as (text, style name)."""


# --- page furniture --------------------------------------------------------------------------------------------


def _teken_merk(c: Canvas, x: float, boven: float, breedte: float, hoogte: float) -> None:
    """The drawn mark: a dark-blue ribbon hanging from the top edge with a simple white emblem (a roof over
    three rising bars: a home and the support under it). Our own drawing, not a government logo."""
    c.setFillColor(DONKERBLAUW)
    c.rect(x, boven - hoogte, breedte, hoogte, stroke=0, fill=1)
    midden = x + breedte / 2
    basis = boven - hoogte + 4.2 * mm
    c.setFillColor(colors.white)
    staaf = breedte * 0.14
    for i, h in enumerate((2.4 * mm, 3.6 * mm, 4.8 * mm)):
        c.rect(midden - 1.5 * staaf * 1.6 + i * staaf * 1.6, basis, staaf, h, stroke=0, fill=1)
    dak = c.beginPath()
    dak.moveTo(midden - breedte * 0.36, basis + 5.6 * mm)
    dak.lineTo(midden, basis + 8.6 * mm)
    dak.lineTo(midden + breedte * 0.36, basis + 5.6 * mm)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.3)
    c.setLineCap(1)
    c.setLineJoin(1)
    c.drawPath(dak, stroke=1, fill=0)


def _eerste_pagina(kop: Briefkop) -> Callable[[Canvas, Any], None]:
    def teken(c: Canvas, _doc: Any) -> None:
        c.saveState()
        breedte, hoogte = 11 * mm, 21 * mm
        x = PAGINA[0] / 2 - breedte / 2
        top = PAGINA[1]
        _teken_merk(c, x, top, breedte, hoogte)
        c.setFillColor(DONKERBLAUW)
        c.setFont(FONT_VET, 12.5)
        c.drawString(x + breedte + 3 * mm, top - 12 * mm, kop.huisnaam)
        if kop.huisregel:
            c.setFont(FONT, 8)
            c.setFillColor(GRIJS)
            c.drawString(x + breedte + 3 * mm, top - 16.5 * mm, kop.huisregel)
        c.restoreState()

    return teken


def _volgende_pagina(kop: Briefkop) -> Callable[[Canvas, Any], None]:
    def teken(c: Canvas, _doc: Any) -> None:
        c.saveState()
        y = PAGINA[1] - 13 * mm
        c.setFillColor(DONKERBLAUW)
        c.rect(_LINKS, y - 0.6 * mm, 1.2 * mm, 3.6 * mm, stroke=0, fill=1)
        c.setFont(FONT_VET, 8.5)
        c.drawString(_LINKS + 3 * mm, y, kop.huisnaam)
        c.setFont(FONT, 8)
        c.setFillColor(GRIJS)
        c.drawRightString(PAGINA[0] - _RECHTS, y, kop.voettekst)
        c.setStrokeColor(LIJN)
        c.setLineWidth(0.5)
        c.line(_LINKS, y - 3 * mm, PAGINA[0] - _RECHTS, y - 3 * mm)
        c.restoreState()

    return teken


class _GenummerdCanvas(Canvas):
    """A canvas that knows the page count at the end, for "pagina 1 van 2" on every page."""

    def __init__(self, *args: Any, paginatekst: str, voettekst: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._paginatekst = paginatekst
        self._voettekst = voettekst
        self._paginas: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._paginas.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totaal = len(self._paginas)
        for staat in self._paginas:
            self.__dict__.update(staat)
            self._teken_voet(totaal)
            super().showPage()
        super().save()

    def _teken_voet(self, totaal: int) -> None:
        self.saveState()
        y = 13 * mm
        self.setStrokeColor(LIJN)
        self.setLineWidth(0.5)
        self.line(_LINKS, y + 4 * mm, PAGINA[0] - _RECHTS, y + 4 * mm)
        self.setFont(FONT, 8)
        self.setFillColor(GRIJS)
        self.drawString(_LINKS, y, self._voettekst)
        self.drawRightString(
            PAGINA[0] - _RECHTS, y, self._paginatekst.format(pagina=self.getPageNumber(), totaal=totaal)
        )
        self.restoreState()


# --- blocks → flowables ----------------------------------------------------------------------------------------


def _kop_flowables(kop: Briefkop) -> list[Flowable]:
    adres = Paragraph(
        "<br/>".join(xml(r) for r in (kop.geadresseerde.naam, *kop.geadresseerde.regels)), _STIJL["adres"]
    )
    afzender: list[Flowable] = []
    for i, regel in enumerate(kop.afzender):
        afzender.append(_p(regel, "afzender_vet" if i == 0 else "afzender") if regel else Spacer(1, 2.5 * mm))
    venster = Table([[adres, afzender]], colWidths=[BREEDTE - 62 * mm, 62 * mm])
    venster.setStyle(
        TableStyle(
            [
                _TABEL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                ("LINEBEFORE", (1, 0), (1, 0), 0.75, LINTBLAUW),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    referentie = Table(
        [[_p(label, "ref_label"), _p(waarde, "ref_waarde")] for label, waarde in kop.referentie],
        colWidths=[30 * mm, BREEDTE - 30 * mm],
    )
    referentie.setStyle(
        TableStyle(
            [
                _TABEL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ]
        )
    )
    return [venster, Spacer(1, 12 * mm), referentie, Spacer(1, 7 * mm)]


_OPVULLING = 3  # left and right cell padding of the tables below (points)


def _tabel(
    data: list[list[Any]],
    breedtes: Sequence[float],
    stijl: list[tuple[Any, ...]],
    *,
    kop: bool,
    links: dict[int, float] | None = None,
) -> Table:
    """A table in the house style; `Cel` tuples become cells fitted to their column, `links` widens the left
    padding of some columns."""
    links = links or {}
    cellen = [[_p(c[0], c[1]) if isinstance(c, tuple) else c for c in rij] for rij in data]
    tabel = Table(cellen, colWidths=list(breedtes), repeatRows=1 if kop else 0, hAlign="LEFT")
    stijl = stijl + [("LEFTPADDING", (i, 0), (i, -1), _OPVULLING + extra) for i, extra in links.items()]
    basis: list[tuple[Any, ...]] = [
        _TABEL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _OPVULLING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _OPVULLING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if kop:
        basis += [("LINEBELOW", (0, 0), (-1, 0), 0.75, DONKERBLAUW), ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
    tabel.setStyle(TableStyle(basis + stijl))
    return tabel


def _hoofdboodschap(b: Hoofdboodschap) -> list[Flowable]:
    t = Table([[_p(b.tekst, "hoofd")]], colWidths=[BREEDTE])
    t.setStyle(
        TableStyle(
            [
                _TABEL_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), LICHTBLAUW),
                ("LINEBEFORE", (0, 0), (0, -1), 3, LINTBLAUW),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return [t, Spacer(1, 5 * mm)]


def _opsomming(b: Opsomming) -> list[Flowable]:
    items = [ListItem(_p_opmaak(p), leftIndent=14) for p in b.punten]
    if b.genummerd:
        lijst = ListFlowable(
            items,
            bulletType="1",
            bulletFontName=FONT_VET,
            bulletFontSize=9.5,
            bulletColor=LINTBLAUW,
            leftIndent=14,
            bulletFormat="%s.",
        )
    else:
        lijst = ListFlowable(
            items,
            bulletType="bullet",
            start="\u2022",
            bulletFontName=FONT,
            bulletFontSize=10,
            bulletColor=LINTBLAUW,
            leftIndent=14,
        )
    return [lijst, Spacer(1, 2 * mm)]


def _bedragen(b: Bedragen) -> list[Flowable]:
    bedragbreedte = 36 * mm
    data: list[list[Any]] = []
    stijl: list[tuple[Any, ...]] = []
    if b.kop:
        data.append([(b.kop[0], "cel_kop"), (b.kop[1], "cel_kop_rechts")])
    for j, regel in enumerate(b.regels):
        r = len(data)
        omschrijving: Cel | list[Flowable] = (regel.omschrijving, "cel_vet" if regel.totaal else "cel")
        if regel.toelichting:
            omschrijving = [_p(regel.omschrijving, omschrijving[1]), _p(regel.toelichting, "cel_klein")]
        data.append([omschrijving, (regel.bedrag, "cel_rechts_vet" if regel.totaal else "cel_rechts")])
        if regel.totaal:
            stijl += [("LINEABOVE", (0, r), (-1, r), 0.9, DONKERBLAUW), ("BACKGROUND", (0, r), (-1, r), PANEEL)]
        elif j + 1 < len(b.regels) and not b.regels[j + 1].totaal:
            stijl.append(("LINEBELOW", (0, r), (-1, r), 0.4, LIJN))
    tabel = _tabel(data, [BREEDTE - bedragbreedte, bedragbreedte], stijl, kop=b.kop is not None)
    return [KeepTogether([tabel]), Spacer(1, 4 * mm)]


def _gegevens(b: Gegevens) -> list[Flowable]:
    data: list[list[Any]] = [[(label, "cel_klein"), (waarde, "cel")] for label, waarde in b.regels]
    stijl = [("LINEBELOW", (0, i), (-1, i), 0.4, LIJN) for i in range(len(data) - 1)]
    stijl.append(("TOPPADDING", (0, 0), (0, -1), 4.5))
    # a short table of data reads as one unit: never split it over two pages
    return [KeepTogether([_tabel(data, [74 * mm, BREEDTE - 74 * mm], stijl, kop=False)]), Spacer(1, 4 * mm)]


def _berekening(b: Berekening) -> list[Flowable]:
    data: list[list[Any]] = [[("", "cel_kop"), *((k, "cel_kop") for k in b.kolommen)]]
    for i, r in enumerate(b.regels, start=1):
        data.append([(f"{i}.", "reken"), (r.stap, "reken_vet"), (r.omschrijving, "reken"), (r.grondslag, "cel_klein")])
    stijl = [("BACKGROUND", (0, i), (-1, i), PANEEL) for i in range(2, len(data), 2)]
    # the step column is as wide as its longest word (bold names such as "Doelmatigheidsgrens" must not break)
    langste = max((pdfmetrics.stringWidth(w, FONT_VET, 8.5) for r in b.regels for w in r.stap.split()), default=0)
    stap = min(max(30 * mm, langste + 8), 48 * mm)
    breedtes = [7 * mm, stap, BREEDTE - 7 * mm - stap - 40 * mm, 40 * mm]
    return [_tabel(data, breedtes, stijl, kop=True), Spacer(1, 4 * mm)]


def _termijnen(b: Termijnen) -> list[Flowable]:
    data: list[list[Any]] = [
        [
            (b.kolommen[0], "cel_kop"),
            (b.kolommen[1], "cel_kop"),
            (b.kolommen[2], "cel_kop_rechts"),
            (b.kolommen[3], "cel_kop"),
        ]
    ]
    for r in b.regels:
        data.append([(str(r.nr), "cel"), (r.vervaldatum, "cel"), (r.bedrag, "cel_rechts"), (r.status, "cel")])
    stijl = [("BACKGROUND", (0, i), (-1, i), PANEEL) for i in range(2, len(data), 2)]
    if b.totaal:
        r = len(data)
        data.append([("", "cel"), (b.totaal[0], "cel_vet"), (b.totaal[1], "cel_rechts_vet"), ("", "cel")])
        stijl.append(("LINEABOVE", (0, r), (-1, r), 0.9, DONKERBLAUW))
    breedtes = [14 * mm, 36 * mm, 34 * mm, BREEDTE - 84 * mm]
    return [_tabel(data, breedtes, stijl, kop=True, links={3: 8 * mm}), Spacer(1, 4 * mm)]


def _algemene_tabel(b: Tabel) -> list[Flowable]:
    n = len(b.kolommen)
    relatief = b.breedtes or tuple(1.0 for _ in range(n))
    som = sum(relatief)
    breedtes = [BREEDTE * w / som for w in relatief]
    data: list[list[Any]] = [[(k, "cel_kop_rechts" if i in b.rechts else "cel_kop") for i, k in enumerate(b.kolommen)]]
    for rij in b.rijen:
        data.append([(w, "cel_rechts" if i in b.rechts else "cel") for i, w in enumerate(rij)])
    stijl = [("BACKGROUND", (0, i), (-1, i), PANEEL) for i in range(2, len(data), 2)]
    return [_tabel(data, breedtes, stijl, kop=True), Spacer(1, 4 * mm)]


def _actie(b: Actie) -> list[Flowable]:
    termijn = [_p(b.termijn_label, "termijn_label"), _p(b.termijn, "termijn")]
    t = Table([[termijn, _p(b.tekst)]], colWidths=[36 * mm, BREEDTE - 36 * mm])
    t.setStyle(
        TableStyle(
            [
                _TABEL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, 0), DONKERBLAUW),
                ("BOX", (0, 0), (-1, -1), 0.9, DONKERBLAUW),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [t, Spacer(1, 4 * mm)]


def _kader(b: Kader) -> list[Flowable]:
    inhoud: list[Flowable] = []
    if b.titel:
        inhoud.append(_p(b.titel, "cel_vet"))
    inhoud.append(_p(b.tekst, "cel"))
    rand, vulling = (LET_OP, LET_OP_LICHT) if b.soort == "let_op" else (LINTBLAUW, LICHTBLAUW)
    t = Table([[inhoud]], colWidths=[BREEDTE])
    t.setStyle(
        TableStyle(
            [
                _TABEL_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), vulling),
                ("LINEBEFORE", (0, 0), (0, -1), 3, rand),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [t, Spacer(1, 4 * mm)]


def _afsluiting(b: Afsluiting) -> list[Flowable]:
    regels = [_p(b.groet), Spacer(1, 2 * mm)]
    regels += [_p(r, "basis") for r in b.ondertekening]
    return [Spacer(1, 3 * mm), KeepTogether(regels)]


def _sectie(b: Sectie) -> list[Flowable]:
    binnen = flowables(b.blokken)
    kop = _p(b.titel, "kopje")
    if not binnen:
        return [kop]
    if b.bijeen:
        return [KeepTogether(_plat([kop, *binnen]))]
    # only a table can be long enough to split; lists and paragraphs here are short
    hoogte = binnen[0].wrap(BREEDTE, PAGINA[1])[1] if isinstance(binnen[0], Table) else 0
    if hoogte <= _KLEIN_GENOEG:
        # keep the heading with its first block, moving both to the next page when needed
        return [KeepTogether(_plat([kop, binnen[0]])), *binnen[1:]]
    # a long table may split (its header row repeats); only avoid a heading stranded at the bottom of a page
    return [CondPageBreak(_MIN_RUIMTE_ONDER_KOPJE), kop, *binnen]


def _plat(flowables: list[Flowable]) -> list[Flowable]:
    """Unwrap nested KeepTogethers: an inner one reports an endless height, which would always push the outer
    one to a new page."""
    uit: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            uit += _plat(list(f._content))
        else:
            uit.append(f)
    return uit


_KLEIN_GENOEG = 70 * mm
_MIN_RUIMTE_ONDER_KOPJE = 40 * mm


_MAKERS: dict[type[Any], Callable[[Any], list[Flowable]]] = {
    Hoofdboodschap: _hoofdboodschap,
    Alinea: lambda b: [_p(b.tekst, "klein" if b.klein else "basis")],
    Opsomming: _opsomming,
    Bedragen: _bedragen,
    Gegevens: _gegevens,
    Berekening: _berekening,
    Termijnen: _termijnen,
    Tabel: _algemene_tabel,
    Actie: _actie,
    Kader: _kader,
    Afsluiting: _afsluiting,
    Sectie: _sectie,
}


def flowables(blokken: Sequence[Blok]) -> list[Flowable]:
    """The ReportLab flowables for a sequence of blocks (exposed for letters that need a custom page flow)."""
    uit: list[Flowable] = []
    for blok in blokken:
        maker = _MAKERS.get(type(blok))
        if maker is None:
            raise TypeError(f"Onbekend briefonderdeel: {type(blok).__name__}")
        uit += maker(blok)
    return uit


# --- the document ------------------------------------------------------------------------------------------------


def render_brief(brief: Brief, fonts_dir: Path) -> bytes:
    """Render a letter to PDF bytes: A4, letterhead, address window, page numbers, embedded fonts.

    Pure and deterministic: the same `brief` gives the same bytes.

    Args:
        brief: the composed letter (see `models.letters.onderdelen` and the letter modules).
        fonts_dir: the directory with the DejaVu TTF files (`resources/fonts`).

    Returns:
        The PDF as bytes.
    """
    registreer_fonts(fonts_dir)
    kop = brief.kop
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGINA,
        leftMargin=_LINKS,
        rightMargin=_RECHTS,
        topMargin=_BOVEN_VOLGENDE,
        bottomMargin=_ONDER,
        title=brief.titel or kop.onderwerp,
        author=brief.auteur,
        subject=kop.onderwerp,
        creator="Werkplek Toeslagen",
        producer="Werkplek Toeslagen (ReportLab)",
        lang=kop.taal,
        invariant=1,
        initialFontName=FONT,
        initialFontSize=10,
        initialLeading=14.5,
        displayDocTitle=1,
    )
    hoogte_eerste = PAGINA[1] - _BOVEN_EERSTE - _ONDER
    hoogte_volgende = PAGINA[1] - _BOVEN_VOLGENDE - _ONDER
    doc.addPageTemplates(
        [
            PageTemplate(
                id="eerste",
                frames=[
                    Frame(
                        _LINKS,
                        _ONDER,
                        BREEDTE,
                        hoogte_eerste,
                        id="eerste",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
                onPage=_eerste_pagina(kop),
            ),
            PageTemplate(
                id="volgende",
                frames=[
                    Frame(
                        _LINKS,
                        _ONDER,
                        BREEDTE,
                        hoogte_volgende,
                        id="volgende",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
                onPage=_volgende_pagina(kop),
            ),
        ]
    )
    verhaal: list[Flowable] = [NextPageTemplate("volgende"), *_kop_flowables(kop), *flowables(brief.blokken)]

    def maak_canvas(*args: Any, **kwargs: Any) -> _GenummerdCanvas:
        return _GenummerdCanvas(*args, paginatekst=kop.paginatekst, voettekst=kop.voettekst, **kwargs)

    doc.build(verhaal, canvasmaker=maak_canvas)
    return buffer.getvalue()
