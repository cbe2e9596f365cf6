"""A small QPainter bar chart: voorschot versus definitief per year, one panel per regeling.

What belongs here: `VoorschotGrafiek` and its input `GrafiekReeks`. QtCharts is not part of
PySide6-Essentials, and a caseworker needs one plain picture, so this widget paints it itself: per regeling a
panel with, for every year, a light outlined bar for the voorschot (year amount) and a solid bar for the
definitive amount (a dashed outline when it is not yet known). Values are whole euros above the bars; hovering
a bar shows it exactly; the accessible description reads the whole chart as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import opmaak as formaat
from ui.palet import Kleuren

__all__ = ["GrafiekPunt", "GrafiekReeks", "VoorschotGrafiek"]


@dataclass(frozen=True, slots=True)
class GrafiekPunt:
    jaar: int
    voorschot: Decimal
    definitief: Decimal | None


@dataclass(frozen=True, slots=True)
class GrafiekReeks:
    titel: str  # "Huurtoeslag"
    punten: tuple[GrafiekPunt, ...]


class VoorschotGrafiek(QWidget):
    PANEEL_MIN = 200
    HOOGTE = 190

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kleuren = kleuren
        self._reeksen: tuple[GrafiekReeks, ...] = ()
        self._staven: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(self.HOOGTE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Grafiek voorschot en definitief per jaar"))

    def sizeHint(self) -> QSize:
        return QSize(max(1, len(self._reeksen)) * 260, self.HOOGTE)

    def zet_reeksen(self, reeksen: tuple[GrafiekReeks, ...]) -> None:
        self._reeksen = reeksen
        self.setAccessibleDescription(self.beschrijving())
        self.updateGeometry()
        self.update()

    def beschrijving(self) -> str:
        """The chart as sentences (for screen readers and the tests)."""
        if not self._reeksen:
            return self.tr("Geen toeslagen om te tonen.")
        delen = []
        for reeks in self._reeksen:
            for p in reeks.punten:
                definitief = (
                    formaat.euro_heel(p.definitief) if p.definitief is not None else self.tr("nog niet definitief")
                )
                delen.append(
                    self.tr("%1 %2: voorschot %3, definitief %4")
                    .replace("%1", reeks.titel)
                    .replace("%2", str(p.jaar))
                    .replace("%3", formaat.euro_heel(p.voorschot))
                    .replace("%4", definitief)
                )
        return "; ".join(delen) + "."

    # --- painting ------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._staven = []
        k = self._kleuren
        tekst = QColor(k.tekst)
        zacht = QColor(k.tekst_zacht)
        font = QFont(self.font())
        klein = QFont(font)
        klein.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        fm = QFontMetrics(klein)
        if not self._reeksen:
            painter.setPen(zacht)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Geen toeslagen om te tonen."))
            return
        legenda_hoogte = fm.height() + 8
        self._teken_legenda(painter, klein, fm)
        breedte = self.width() / len(self._reeksen)
        for i, reeks in enumerate(self._reeksen):
            vak = QRectF(i * breedte + 8, legenda_hoogte, breedte - 16, self.height() - legenda_hoogte - 4)
            self._teken_paneel(painter, vak, reeks, font, klein, fm, tekst, zacht)
        painter.end()

    def _teken_legenda(self, painter: QPainter, font: QFont, fm: QFontMetrics) -> None:
        k = self._kleuren
        painter.setFont(font)
        x = 8.0
        y = 4.0
        for naam, vullen in ((self.tr("voorschot (jaarbedrag)"), False), (self.tr("definitief"), True)):
            blok = QRectF(x, y + 2, 12, fm.height() - 4)
            self._teken_staaf(painter, blok, vullen=vullen, gestippeld=False)
            painter.setPen(QColor(k.tekst))
            painter.drawText(QPointF(x + 16, y + fm.ascent()), naam)
            x += 16 + fm.horizontalAdvance(naam) + 18
        blok = QRectF(x, y + 2, 12, fm.height() - 4)
        self._teken_staaf(painter, blok, vullen=False, gestippeld=True)
        painter.setPen(QColor(k.tekst))
        painter.drawText(QPointF(x + 16, y + fm.ascent()), self.tr("nog niet definitief"))

    def _teken_staaf(self, painter: QPainter, rect: QRectF, *, vullen: bool, gestippeld: bool) -> None:
        k = self._kleuren
        if gestippeld:
            pen = QPen(QColor(k.accent), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif vullen:
            painter.setPen(QPen(QColor(k.accent), 1))
            painter.setBrush(QColor(k.accent))
        else:
            painter.setPen(QPen(QColor(k.accent), 1.2))
            painter.setBrush(QColor(k.accent_licht))
        painter.drawRect(rect)

    def _teken_paneel(
        self,
        painter: QPainter,
        vak: QRectF,
        reeks: GrafiekReeks,
        font: QFont,
        klein: QFont,
        fm: QFontMetrics,
        tekst: QColor,
        zacht: QColor,
    ) -> None:
        titel_font = QFont(font)
        titel_font.setBold(True)
        painter.setFont(titel_font)
        painter.setPen(tekst)
        titel_hoogte = QFontMetrics(titel_font).height()
        painter.drawText(
            QRectF(vak.left(), vak.top(), vak.width(), titel_hoogte), Qt.AlignmentFlag.AlignLeft, reeks.titel
        )
        painter.setFont(klein)
        onder = vak.bottom() - fm.height() - 2
        boven = vak.top() + titel_hoogte + fm.height() + 4
        hoogste = max(
            [p.voorschot for p in reeks.punten]
            + [p.definitief for p in reeks.punten if p.definitief is not None]
            + [Decimal(1)]
        )
        painter.setPen(QPen(QColor(self._kleuren.lijn), 1))
        painter.drawLine(QPointF(vak.left(), onder), QPointF(vak.right(), onder))
        aantal = max(1, len(reeks.punten))
        groep = vak.width() / aantal
        staaf = min(44.0, groep * 0.34)
        for i, p in enumerate(sorted(reeks.punten, key=lambda q: q.jaar)):
            midden = vak.left() + groep * (i + 0.5)
            hoogste_top = onder
            for positie, (waarde, vullen) in enumerate(((p.voorschot, False), (p.definitief, True))):
                x = midden - staaf - 2 if positie == 0 else midden + 2
                if waarde is None:
                    # not yet settled: a dashed outline at the voorschot's height (what it is if nothing changes)
                    hoogte = float(p.voorschot / hoogste) * (onder - boven)
                    rect = QRectF(x, onder - hoogte, staaf, max(hoogte, 1.0))
                    self._teken_staaf(painter, rect, vullen=False, gestippeld=True)
                    uitleg = self.tr("%1 %2: nog niet definitief").replace("%1", reeks.titel).replace("%2", str(p.jaar))
                    self._staven.append((rect, uitleg))
                    continue
                hoogte = float(waarde / hoogste) * (onder - boven)
                rect = QRectF(x, onder - hoogte, staaf, max(hoogte, 1.0))
                self._teken_staaf(painter, rect, vullen=vullen, gestippeld=False)
                hoogste_top = min(hoogste_top, rect.top())
                soort = self.tr("definitief") if vullen else self.tr("voorschot")
                self._staven.append(
                    (
                        rect,
                        f"{reeks.titel} {p.jaar}, {soort}: {formaat.euro(waarde)}",
                    )
                )
            # the values above the pair: the voorschot ends at the middle, the definitive amount starts there,
            # so the two labels never overlap however close the amounts are
            painter.setPen(tekst)
            links = formaat.euro_heel(p.voorschot)
            painter.drawText(QPointF(midden - 2 - fm.horizontalAdvance(links), hoogste_top - 4), links)
            if p.definitief is not None:
                vet = QFont(klein)
                vet.setBold(True)
                painter.setFont(vet)
                painter.drawText(QPointF(midden + 2, hoogste_top - 4), formaat.euro_heel(p.definitief))
                painter.setFont(klein)
            painter.setPen(zacht)
            jaar = str(p.jaar)
            painter.drawText(QPointF(midden - fm.horizontalAdvance(jaar) / 2, vak.bottom() - 2), jaar)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        punt = event.position()
        for rect, uitleg in self._staven:
            if rect.adjusted(-2, -14, 2, 0).contains(punt):
                QToolTip.showText(event.globalPosition().toPoint(), uitleg, self)
                return
        QToolTip.hideText()
        super().mouseMoveEvent(event)
