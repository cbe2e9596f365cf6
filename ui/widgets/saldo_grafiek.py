"""A small QPainter line chart: the remaining balance of a payment arrangement, month by month.

What belongs here: `SaldoGrafiek` and its input `SaldoPunt`. Like `VoorschotGrafiek` it paints itself (QtCharts is
not in PySide6-Essentials): a stepped line from the debt at the start down to zero (or the restant), a dot per
instalment, paused months as a light band, the amounts at the start and the end, the first and the last month on
the axis. Hovering a dot shows its date and balance; the accessible description reads the chart as sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import opmaak as formaat
from ui.palet import Kleuren

__all__ = ["SaldoGrafiek", "SaldoPunt"]


@dataclass(frozen=True, slots=True)
class SaldoPunt:
    """The balance after one instalment (or at the start), and whether the month is a paused one."""

    datum: dt.date
    saldo: Decimal
    pauze: bool = False


class SaldoGrafiek(QWidget):
    HOOGTE = 170

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kleuren = kleuren
        self._punten: tuple[SaldoPunt, ...] = ()
        self._leeg = self.tr("Nog geen schema: kies vorderingen en een soort regeling.")
        self._stippen: list[tuple[QPointF, str]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(self.HOOGTE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Grafiek van de resterende schuld per maand"))
        self.setAccessibleDescription(self._leeg)

    def sizeHint(self) -> QSize:
        return QSize(420, self.HOOGTE)

    @property
    def punten(self) -> tuple[SaldoPunt, ...]:
        return self._punten

    def zet_punten(self, punten: tuple[SaldoPunt, ...], leeg: str | None = None) -> None:
        """Show these points; with none, `leeg` says why (an empty state, never a blank box)."""
        self._punten = punten
        if leeg is not None:
            self._leeg = leeg
        self.setAccessibleDescription(self.beschrijving())
        self.update()

    def beschrijving(self) -> str:
        """The chart as sentences (for screen readers and the tests)."""
        if not self._punten:
            return self._leeg
        eerste, laatste = self._punten[0], self._punten[-1]
        pauzes = sum(1 for p in self._punten if p.pauze)
        tekst = (
            self.tr("Resterende schuld van %1 op %2 naar %3 op %4")
            .replace("%1", formaat.euro(eerste.saldo))
            .replace("%2", formaat.datum(eerste.datum))
            .replace("%3", formaat.euro(laatste.saldo))
            .replace("%4", formaat.datum(laatste.datum))
        )
        if pauzes:
            tekst += ", " + self.tr("met %1 maanden pauze").replace("%1", str(pauzes))
        return tekst + "."

    # --- painting ------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        k = self._kleuren
        self._stippen = []
        klein = QFont(self.font())
        klein.setPointSizeF(max(7.0, klein.pointSizeF() - 1.5))
        fm = QFontMetrics(klein)
        painter.setFont(klein)
        if not self._punten:
            painter.setPen(QColor(k.tekst_zacht))
            painter.drawText(
                self.rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._leeg,
            )
            painter.end()
            return
        hoogste = max(*(p.saldo for p in self._punten), Decimal(1))
        links_label = formaat.euro_heel(hoogste)
        marge_links = fm.horizontalAdvance(links_label) + 12
        vak = QRectF(
            marge_links, fm.height() + 6, self.width() - marge_links - 14, self.height() - 2 * fm.height() - 16
        )
        # axes and the zero line
        painter.setPen(QPen(QColor(k.lijn), 1))
        painter.drawLine(QPointF(vak.left(), vak.bottom()), QPointF(vak.right(), vak.bottom()))
        painter.drawLine(QPointF(vak.left(), vak.top()), QPointF(vak.left(), vak.bottom()))
        painter.setPen(QColor(k.tekst_zacht))
        painter.drawText(QPointF(4, vak.top() + fm.ascent() / 2), links_label)
        painter.drawText(QPointF(4, vak.bottom() + fm.ascent() / 2), formaat.euro_heel(Decimal(0)))
        aantal = len(self._punten)
        stap = vak.width() / max(1, aantal - 1)

        def punt(i: int, saldo: Decimal) -> QPointF:
            return QPointF(vak.left() + i * stap, vak.bottom() - float(saldo / hoogste) * vak.height())

        # paused months: a light band behind the line
        band = QColor(k.accent_licht)
        for i, p in enumerate(self._punten):
            if p.pauze:
                painter.fillRect(QRectF(vak.left() + (i - 0.5) * stap, vak.top(), stap, vak.height()), band)
        # the balance: a step down at every instalment
        pad = QPainterPath(punt(0, self._punten[0].saldo))
        for i in range(1, aantal):
            vorig = punt(i - 1, self._punten[i - 1].saldo)
            hier = punt(i, self._punten[i].saldo)
            pad.lineTo(QPointF(hier.x(), vorig.y()))
            pad.lineTo(hier)
        painter.setPen(QPen(QColor(k.accent), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(pad)
        painter.setBrush(QColor(k.accent))
        straal = 2.5 if aantal > 40 else 3.0
        for i, p in enumerate(self._punten):
            plek = punt(i, p.saldo)
            if not p.pauze:
                painter.drawEllipse(plek, straal, straal)
            uitleg = f"{formaat.datum(p.datum)}: {formaat.euro(p.saldo)}"
            if p.pauze:
                uitleg += " " + self.tr("(pauze)")
            self._stippen.append((plek, uitleg))
        # the amounts at the start and the end, and the first and last month
        painter.setPen(QColor(k.tekst))
        begin = formaat.euro(self._punten[0].saldo)
        painter.drawText(QPointF(vak.left() + 6, vak.top() - 4), begin)
        if self._punten[-1].saldo > 0:  # a restant that stays open: say how much (zero is on the axis)
            eind = formaat.euro(self._punten[-1].saldo)
            eind_plek = punt(aantal - 1, self._punten[-1].saldo)
            painter.drawText(QPointF(vak.right() - fm.horizontalAdvance(eind), eind_plek.y() - 8), eind)
        painter.setPen(QColor(k.tekst_zacht))
        onder = vak.bottom() + fm.height() + 2
        painter.drawText(QPointF(vak.left(), onder), formaat.maand(self._punten[0].datum))
        laatste = formaat.maand(self._punten[-1].datum)
        painter.drawText(QPointF(vak.right() - fm.horizontalAdvance(laatste), onder), laatste)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        plek = event.position()
        dichtst = min(self._stippen, key=lambda s: abs(s[0].x() - plek.x()), default=None)
        if dichtst is not None and abs(dichtst[0].x() - plek.x()) < 12:
            QToolTip.showText(event.globalPosition().toPoint(), dichtst[1], self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)
