"""Finding and loading the files in `resources/`: icons, the stylesheet, translations, fonts.

What belongs here: `resources_dir()` (source tree and PyInstaller bundle), `icon()` which renders our SVG icons
in any colour at any size (HiDPI-sharp, tinted for the theme or a status), and `stylesheet()` which fills the
palette colours into `resources/qss/app.qss`. Widgets use these functions and never reach into `desktop/`.

Icons are drawn with `stroke="currentColor"` / `fill="currentColor"`; `icon(name, kleur)` substitutes the colour
before rendering, so one SVG serves the rail, the buttons and the status markers.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.palet import Kleuren

__all__ = ["icon", "icon_pixmap", "resources_dir", "stylesheet"]


def resources_dir() -> Path:
    bundel = getattr(sys, "_MEIPASS", None)  # PyInstaller onedir / onefile
    basis = Path(bundel) if bundel else Path(__file__).resolve().parents[1]
    return basis / "resources"


@functools.cache
def _svg_tekst(naam: str) -> str:
    return (resources_dir() / "icons" / f"{naam}.svg").read_text(encoding="utf-8")


class _SvgIconEngine(QIconEngine):
    """Renders a tinted SVG at exactly the requested size (sharp at 125 %, 150 %, 200 %)."""

    def __init__(self, naam: str, kleur: str, uit_kleur: str) -> None:
        super().__init__()
        self._naam = naam
        self._kleur = kleur
        self._uit_kleur = uit_kleur
        self._cache: dict[tuple[int, int, int, int], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        if mode == QIcon.Mode.Disabled:
            return _renderer(self._naam, self._uit_kleur)
        if mode == QIcon.Mode.Selected:  # on the accent-coloured selection of a table row: white
            return _renderer(self._naam, "#FFFFFF")
        return _renderer(self._naam, self._kleur)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # tables paint the same few icons on every row: draw a cached pixmap, render the SVG once per size
        schaal = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, schaal))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        sleutel = (size.width(), size.height(), int(mode.value), round(scale * 100))
        gevonden = self._cache.get(sleutel)
        if gevonden is not None:
            return gevonden
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer(mode).render(painter, QRectF(QPoint(0, 0), size))
        painter.end()
        self._cache[sleutel] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._naam, self._kleur, self._uit_kleur)

    def key(self) -> str:
        return "werkplek-svg"


@functools.lru_cache(maxsize=256)
def _renderer(naam: str, kleur: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg_tekst(naam).replace("currentColor", kleur).encode("utf-8")))


@functools.lru_cache(maxsize=256)
def icon(naam: str, kleur: str = "#154273") -> QIcon:
    """One of our icons (`resources/icons/<naam>.svg`) drawn in `kleur`; disabled state in grey."""
    return QIcon(_SvgIconEngine(naam, kleur, QColor("#9A9A9A").name()))


def icon_pixmap(naam: str, kleur: str, grootte: int, schaal: float = 1.0) -> QPixmap:
    """A pixmap of an icon for a QLabel (`schaal`: the label's devicePixelRatioF for HiDPI)."""
    return icon(naam, kleur).pixmap(QSize(grootte, grootte), schaal)


def stylesheet(kleuren: Kleuren) -> str:
    """`resources/qss/app.qss` with the palette colours filled in (`@accent@` → `#01689B`)."""
    pad = resources_dir() / "qss" / "app.qss"
    if not pad.exists():
        return ""
    tekst = pad.read_text(encoding="utf-8")
    for naam, waarde in kleuren.als_dict().items():
        tekst = tekst.replace(f"@{naam}@", waarde)
    return tekst
