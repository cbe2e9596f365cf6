"""A small QPainter bar chart of one KPI per month: the dashboard's trend.

What belongs here: `TrendGrafiek` and its input `TrendPunt`. Like `VoorschotGrafiek` it paints itself (QtCharts
is not in PySide6-Essentials): one bar per month, a dashed line at the target when there is one, the month's
short name under each bar and (when not compact) the value above it. A month without anything to measure shows a
dash, never a zero bar. The compact form is the sparkline on a dashboard tile; the full form shows the labels and
lets the user choose a month (click, or Left/Right and Enter) to see the cases behind it. Hovering a bar shows
the month exactly; the accessible description reads the chart as sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from models import formaat
from ui.palet import Kleuren

__all__ = ["TrendGrafiek", "TrendPunt"]


@dataclass(frozen=True, slots=True)
class TrendPunt:
    """One month: its first day, the value (None: nothing to measure), the label above the bar and the tooltip."""

    maand: dt.date
    waarde: Decimal | None
    tekst: str
    uitleg: str


class TrendGrafiek(QWidget):
    """Signals:
    maand_gekozen(object): the user chose a month (its first day, a `datetime.date`); only in the full form.
    """

    maand_gekozen = Signal(object)

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._kleuren = kleuren
        self._compact = compact
        self._punten: tuple[TrendPunt, ...] = ()
        self._norm: Decimal | None = None
        self._procent = False
        self._gekozen: int | None = None
        self._staven: list[tuple[QRectF, int]] = []
        self.setMouseTracking(not compact)
        self.setMinimumHeight(44 if compact else 180)
        self.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed if compact else QSizePolicy.Policy.Preferred
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if compact else Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Trend per maand"))

    def sizeHint(self) -> QSize:
        return QSize(240, 44) if self._compact else QSize(640, 200)

    @property
    def punten(self) -> tuple[TrendPunt, ...]:
        return self._punten

    @property
    def gekozen(self) -> dt.date | None:
        return self._punten[self._gekozen].maand if self._gekozen is not None and self._punten else None

    def zet_punten(self, punten: tuple[TrendPunt, ...], *, norm: Decimal | None = None, procent: bool = False) -> None:
        self._punten = punten
        self._norm = norm
        self._procent = procent
        self._gekozen = None
        self.setAccessibleDescription(self.beschrijving())
        self.update()

    def kies(self, index: int | None) -> None:
        """Highlight month `index` (None: none) without emitting."""
        self._gekozen = index if index is None or 0 <= index < len(self._punten) else None
        self.update()

    def beschrijving(self) -> str:
        """The chart as sentences (for screen readers and the tests)."""
        if not self._punten:
            return self.tr("Geen gegevens.")
        return "; ".join(f"{formaat.maand(p.maand)}: {p.tekst}" for p in self._punten) + "."

    # --- painting ------------------------------------------------------------------------------------------

    def _hoogste(self) -> Decimal:
        if self._procent:
            return Decimal(100)
        waarden = [p.waarde for p in self._punten if p.waarde is not None]
        return max([*waarden, Decimal(1)])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        k = self._kleuren
        klein = QFont(self.font())
        klein.setPointSizeF(max(7.0, self.font().pointSizeF() - (2.0 if self._compact else 1.0)))
        fm = QFontMetrics(klein)
        painter.setFont(klein)
        self._staven = []
        if not self._punten:
            painter.setPen(QColor(k.tekst_zacht))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Geen gegevens."))
            return
        boven = 2.0 if self._compact else fm.height() + 6.0
        onder = self.height() - fm.height() - 4.0
        norm_tekst = ""
        if self._norm is not None and not self._compact:
            waarde = self._norm
            norm_tekst = self.tr("norm %1").replace(
                "%1",
                formaat.procent(waarde, 0 if waarde == int(waarde) else 1) if self._procent else formaat.getal(waarde),
            )
        # the target's label gets a margin of its own on the right, so it never covers a bar's value
        links, rechts = 2.0, self.width() - 2.0 - (fm.horizontalAdvance(norm_tekst) + 8 if norm_tekst else 0)
        hoogste = self._hoogste()
        aantal = len(self._punten)
        groep = (rechts - links) / aantal
        breedte = max(3.0, min(36.0, groep * 0.62))
        # the axis
        painter.setPen(QPen(QColor(k.lijn), 1))
        painter.drawLine(QPointF(links, onder), QPointF(rechts, onder))
        for i, p in enumerate(self._punten):
            midden = links + groep * (i + 0.5)
            if p.waarde is None:
                painter.setPen(QColor(k.tekst_zacht))
                painter.drawText(
                    QRectF(midden - groep / 2, onder - fm.height() - 2, groep, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    "–",
                )
                rect = QRectF(midden - breedte / 2, boven, breedte, onder - boven)
            else:
                hoogte = float(p.waarde / hoogste) * (onder - boven) if hoogste else 0.0
                rect = QRectF(midden - breedte / 2, onder - hoogte, breedte, max(hoogte, 1.0))
                gekozen = i == self._gekozen
                kleur = QColor(k.accent_donker if gekozen else k.accent)
                painter.setPen(QPen(kleur, 1))
                painter.setBrush(kleur)
                painter.drawRect(rect)
                if not self._compact:
                    painter.setPen(QColor(k.tekst))
                    tekst = p.tekst
                    painter.drawText(
                        QRectF(midden - groep / 2, rect.top() - fm.height() - 2, groep, fm.height()),
                        Qt.AlignmentFlag.AlignCenter,
                        tekst if fm.horizontalAdvance(tekst) <= groep else p.tekst.split(" ")[0],
                    )
            self._staven.append((QRectF(midden - groep / 2, boven, groep, onder - boven), i))
            # month label (compact: only the first and the last, so they stay readable)
            if not self._compact or i in (0, aantal - 1):
                painter.setPen(QColor(k.tekst if i == self._gekozen else k.tekst_zacht))
                label = formaat.maand_kort(p.maand)
                if p.maand.month == 1 or i == 0:
                    label += f" '{p.maand.year % 100:02d}"
                vak = QRectF(midden - groep, onder + 2, groep * 2, fm.height())
                uitlijning = Qt.AlignmentFlag.AlignHCenter
                if self._compact and i == 0:
                    vak, uitlijning = QRectF(links, onder + 2, groep * 4, fm.height()), Qt.AlignmentFlag.AlignLeft
                elif self._compact and i == aantal - 1:
                    vak = QRectF(rechts - groep * 4, onder + 2, groep * 4, fm.height())
                    uitlijning = Qt.AlignmentFlag.AlignRight
                painter.drawText(vak, uitlijning, label)
        if self._norm is not None:
            y = onder - float(self._norm / hoogste) * (onder - boven)
            painter.setPen(QPen(QColor(k.urgent), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(links, y), QPointF(rechts, y))
            if norm_tekst:
                painter.setPen(QColor(k.tekst))
                painter.drawText(QPointF(rechts + 6, y + fm.ascent() / 2 - 1), norm_tekst)
        if self.hasFocus() and not self._compact:
            painter.setPen(QPen(QColor(k.accent), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # --- interaction ---------------------------------------------------------------------------------------

    def _index_op(self, punt: QPointF) -> int | None:
        for rect, i in self._staven:
            if rect.contains(punt):
                return i
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self._index_op(event.position())
        if i is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._punten[i].uitleg, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = self._index_op(event.position())
        if not self._compact and i is not None and event.button() == Qt.MouseButton.LeftButton:
            self._gekozen = i
            self.update()
            self.maand_gekozen.emit(self._punten[i].maand)
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._compact or not self._punten:
            super().keyPressEvent(event)
            return
        toets = event.key()
        if toets in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            stap = -1 if toets == Qt.Key.Key_Left else 1
            start = len(self._punten) if self._gekozen is None and stap < 0 else (self._gekozen or 0)
            if self._gekozen is None and stap > 0:
                start = -1
            self._gekozen = max(0, min(len(self._punten) - 1, start + stap))
            p = self._punten[self._gekozen]
            self.setAccessibleDescription(f"{formaat.maand(p.maand)}: {p.uitleg}")
            self.update()
            return
        if toets in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._gekozen is not None:
            self.maand_gekozen.emit(self._punten[self._gekozen].maand)
            return
        super().keyPressEvent(event)
