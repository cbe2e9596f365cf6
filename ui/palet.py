"""The colours of the workstation, in one place (UI.md "Visual language").

What belongs here: the Rijkshuisstijl-inspired palette (lintblauw, the neutral greys, the four status colours),
how it is derived from the system palette so a dark theme stays readable, and the QPalette the application
uses. `resources/qss/app.qss` refers to these colours by name (`@accent@`); `ui.resources.stylesheet()` fills
them in, so no colour is written twice.

Status colours are never used alone: every use pairs them with an icon or a word (see `ui/widgets/status.py`).
Orange (#E17000) is below 4.5:1 on white, so it colours icons and borders, never text.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass

from PySide6.QtGui import QColor, QPalette

__all__ = ["LINTBLAUW", "Kleuren", "Status", "kleuren_voor", "qt_palet"]

LINTBLAUW = "#01689B"
DONKERBLAUW = "#154273"
LICHTBLAUW = "#E1EFF6"
PANEEL = "#F3F3F3"
LIJN = "#CCCCCC"
TEKST = "#333333"
OK = "#39870C"
AANDACHT = "#E17000"
URGENT = "#D52B1E"
INFO = "#007BC7"


class Status(enum.StrEnum):
    """The four status kinds; each has a colour, an icon and (at the call site) a word."""

    OK = "ok"
    AANDACHT = "aandacht"
    URGENT = "urgent"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Kleuren:
    """The resolved colours for the current theme (light or dark)."""

    donker: bool
    accent: str  # lintblauw, or a lighter blue on a dark background
    accent_donker: str  # header bar background
    accent_licht: str  # selection, subtle highlights
    paneel: str  # panels, rail
    kaart: str  # card background
    lijn: str
    tekst: str
    tekst_zacht: str  # secondary text (labels, hints); ≥ 4.5:1 on kaart
    ok: str
    aandacht: str
    urgent: str
    info: str

    def status(self, status: Status) -> str:
        return {Status.OK: self.ok, Status.AANDACHT: self.aandacht, Status.URGENT: self.urgent, Status.INFO: self.info}[
            status
        ]

    def als_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, str)}


_LICHT = Kleuren(
    donker=False,
    accent=LINTBLAUW,
    accent_donker=DONKERBLAUW,
    accent_licht=LICHTBLAUW,
    paneel=PANEEL,
    kaart="#FFFFFF",
    lijn=LIJN,
    tekst=TEKST,
    tekst_zacht="#595959",
    ok=OK,
    aandacht=AANDACHT,
    urgent=URGENT,
    info=INFO,
)

_DONKER = Kleuren(
    donker=True,
    accent="#6CB4DE",
    accent_donker="#0B2440",
    accent_licht="#1F3A52",
    paneel="#262A2E",
    kaart="#1E2124",
    lijn="#4A4F55",
    tekst="#E8E8E8",
    tekst_zacht="#B8B8B8",
    ok="#7BC950",
    aandacht="#F39A3E",
    urgent="#FF6B5E",
    info="#5AB0F0",
)


def kleuren_voor(systeem: QPalette) -> Kleuren:
    """Light colours on a light system palette, dark ones when the window background is dark."""
    return _DONKER if systeem.color(QPalette.ColorRole.Window).lightness() < 128 else _LICHT


def qt_palet(systeem: QPalette, kleuren: Kleuren) -> QPalette:
    """The system palette with our accent for selection and links (text and window colours stay the system's)."""
    palet = QPalette(systeem)
    # Active: the focused view's current row in full accent; Inactive (another widget or window has focus): a
    # light accent with normal text, so it is always clear where the keyboard is
    palet.setColor(
        QPalette.ColorGroup.Active,
        QPalette.ColorRole.Highlight,
        QColor(kleuren.accent if not kleuren.donker else "#2D6E9A"),
    )
    palet.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palet.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(kleuren.accent_licht))
    palet.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor(kleuren.tekst))
    for groep in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palet.setColor(groep, QPalette.ColorRole.Link, QColor(kleuren.accent))
    if not kleuren.donker:
        palet.setColor(QPalette.ColorRole.Text, QColor(kleuren.tekst))
        palet.setColor(QPalette.ColorRole.WindowText, QColor(kleuren.tekst))
        palet.setColor(QPalette.ColorRole.AlternateBase, QColor("#F7F9FA"))
    return palet
