"""The two header lines of the klantbeeld: who is this household, and is something burning?

What belongs here: `KlantbeeldKop` (name, masked BSN, age, household line, begeleider) and `BrandpuntRegel`,
the second line of status items — each an icon and a sentence, coloured by urgency but never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from models.store.rows import Klantbeeld
from ui.palet import Kleuren, Status
from ui.resources import icon_pixmap
from ui.views.klantbeeld.samenvatting import Brandpunt, huishouden_regel
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen, leeftijd_tekst
from ui.widgets.afkaplabel import AfkapLabel

__all__ = ["BrandpuntRegel", "KlantbeeldKop"]


class BrandpuntRegel(QWidget):
    """The "is something burning?" line: items wrap to a next line rather than being cut off.

    The items are spread over rows by their widths (on every change and resize). No custom QLayout on purpose:
    a Python `QLayout.itemAt()` has to return None past the end, and PySide 6.12 loses a reference to None each
    time it does, which crashed the interpreter at exit.
    """

    RUIMTE = 18

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kleuren = kleuren
        self._regels = QVBoxLayout(self)
        self._regels.setContentsMargins(0, 0, 0, 0)
        self._regels.setSpacing(4)
        self._items: list[QWidget] = []
        self._verdeeld_op = -1
        self.punten: list[Brandpunt] = []
        self.setAccessibleName(self.tr("Aandachtspunten"))

    def _item(self, i: int) -> tuple[QWidget, QLabel, QLabel]:
        """Item widgets are made once and reused: creating and styling widgets on every load is slow."""
        while len(self._items) <= i:
            item = QWidget(self)
            icoon = QLabel(item)
            icoon.setObjectName("icoon")
            icoon.setFixedSize(16, 16)
            tekst = QLabel(item)
            tekst.setObjectName("brandpunt")
            tekst.setTextFormat(Qt.TextFormat.PlainText)
            paar = QHBoxLayout(item)
            paar.setContentsMargins(0, 0, 0, 0)
            paar.setSpacing(4)
            paar.addWidget(icoon)
            paar.addWidget(tekst)
            self._items.append(item)
        item = self._items[i]
        icoon = item.findChild(QLabel, "icoon")
        tekst = item.findChild(QLabel, "brandpunt")
        assert icoon is not None and tekst is not None
        return item, icoon, tekst

    def _verdeel(self) -> None:
        """Put the visible items on rows that fit the width."""
        breedte = max(self.width(), 200)
        self._verdeeld_op = breedte
        while self._regels.count():
            regel = self._regels.takeAt(0)
            if regel is not None and regel.layout() is not None:
                binnen = regel.layout()
                while binnen.count():
                    binnen.takeAt(0)
                binnen.deleteLater()
        regel: QHBoxLayout | None = None
        gebruikt = 0
        for item in self._items[: len(self.punten)]:
            nodig = item.sizeHint().width()
            if regel is None or (gebruikt > 0 and gebruikt + self.RUIMTE + nodig > breedte):
                if regel is not None:
                    regel.addStretch(1)
                regel = QHBoxLayout()
                regel.setSpacing(self.RUIMTE)
                self._regels.addLayout(regel)
                gebruikt = 0
            regel.addWidget(item)
            gebruikt += nodig + (self.RUIMTE if gebruikt else 0)
        if regel is not None:
            regel.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._verdeeld_op:
            self._verdeel()

    def zet(self, punten: list[Brandpunt]) -> None:
        self.punten = list(punten)
        woorden = {
            Status.URGENT: self.tr("Urgent"),
            Status.AANDACHT: self.tr("Let op"),
            Status.INFO: self.tr("Info"),
            Status.OK: self.tr("In orde"),
        }
        schaal = self.devicePixelRatioF()
        for i, p in enumerate(self.punten):
            item, icoon, tekst = self._item(i)
            icoon.setPixmap(icon_pixmap(p.icoon, self._kleuren.status(p.status), 16, schaal))
            tekst.setText(p.tekst)
            if tekst.property("status") != p.status.value:
                tekst.setProperty("status", p.status.value)
                tekst.style().unpolish(tekst)
                tekst.style().polish(tekst)
            item.setAccessibleName(f"{woorden[p.status]}: {p.tekst}")
            item.setVisible(True)
        for item in self._items[len(self.punten) :]:
            item.setVisible(False)
        self.setAccessibleDescription("; ".join(f"{woorden[p.status]}: {p.tekst}" for p in self.punten))
        self._verdeel()

    def teksten(self) -> list[str]:
        return [p.tekst for p in self.punten]


class KlantbeeldKop(QWidget):
    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("klantbeeldKop")
        self.naam_label = QLabel(self)
        self.naam_label.setObjectName("titel")
        self.naam_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bsn_label = QLabel(self)
        self.bsn_label.setObjectName("bsn")
        self.leeftijd_label = QLabel(self)
        self.huishouden_label = AfkapLabel(self)  # ends in … when narrow; the tooltip has it all
        self.huishouden_label.setObjectName("zacht")
        self.huishouden_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.huishouden_label.setTextFormat(Qt.TextFormat.PlainText)
        regel1 = QHBoxLayout()
        regel1.setSpacing(14)
        regel1.addWidget(self.naam_label)
        regel1.addWidget(self.bsn_label)
        regel1.addWidget(self.leeftijd_label)
        regel1.addWidget(self.huishouden_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(regel1)

    def toon(self, kb: Klantbeeld) -> None:
        b = kb.burger
        self.naam_label.setText(b.naam)
        self.bsn_label.setText(bsn_gemaskeerd(b.bsn))
        self.bsn_label.setAccessibleName(bsn_voorlezen(b.bsn))
        self.leeftijd_label.setText(leeftijd_tekst(b.geboortedatum, kb.peildatum))
        delen = huishouden_regel(kb)
        self.huishouden_label.setText("  │  ".join(delen))
        self.huishouden_label.setToolTip("\n".join(delen))
        self.setAccessibleName(
            f"{b.naam}, {bsn_voorlezen(b.bsn)}, {leeftijd_tekst(b.geboortedatum, kb.peildatum)}. " + "; ".join(delen)
        )
