"""The Toeslagen tab: per year and regeling the voorschot, what was paid, the definitive amount and the
difference (nabetaling or terugvordering), a chart of voorschot versus definitief, and "Waarom dit bedrag?".

What belongs here: `ToeslagenTab`. The explanation itself is `ui.dialogs.berekening_dialoog`; this tab asks
for it with `uitleg_gevraagd`.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.calc.invoer import Regeling
from models.store.rows import Klantbeeld, ToeslagRow
from ui.palet import Kleuren
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.toeslagen import ToeslagModel
from ui.resources import icon
from ui.widgets.grafiek import GrafiekPunt, GrafiekReeks, VoorschotGrafiek
from ui.widgets.tabel import DataTabel

__all__ = ["ToeslagenTab", "grafiek_reeksen"]


def grafiek_reeksen(toeslagen: tuple[ToeslagRow, ...]) -> tuple[GrafiekReeks, ...]:
    """One series per regeling, years ascending: voorschot (year amount) and definitief."""
    per_regeling: dict[Regeling, list[GrafiekPunt]] = defaultdict(list)
    for t in toeslagen:
        per_regeling[t.regeling].append(GrafiekPunt(t.jaar, t.voorschot_jaar, t.definitief_jaar))
    return tuple(
        GrafiekReeks(r.label.capitalize(), tuple(sorted(per_regeling[r], key=lambda p: p.jaar)))
        for r in Regeling
        if r in per_regeling
    )


class ToeslagenTab(QWidget):
    """Signals:
    uitleg_gevraagd(object): the `ToeslagRow` whose calculation to explain.
    """

    uitleg_gevraagd = Signal(object)

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grafiek = VoorschotGrafiek(kleuren, self)
        self.jaar_combo = QComboBox(self)
        self.jaar_combo.setAccessibleName(self.tr("Jaar"))
        jaar_label = QLabel(self.tr("&Jaar:"), self)
        jaar_label.setBuddy(self.jaar_combo)
        self.uitleg_knop = QPushButton(icon("uitleg", kleuren.accent), self.tr("Waarom dit &bedrag?"), self)
        self.uitleg_knop.setToolTip(self.tr("Toon de berekening van de gekozen toeslag, stap voor stap (Enter)"))
        self.uitleg_knop.setEnabled(False)
        self.uitleg_knop.clicked.connect(self._uitleg)
        self.toelichting = QLabel(
            self.tr(
                "Verschil = definitief bedrag min betaald voorschot: een nabetaling krijgt de burger nog, "
                "een terugvordering moet de burger terugbetalen. Een waarschuwingsteken bij de regeling betekent "
                "dat het bedrag rust op een parameter die nog niet officieel is bevestigd."
            ),
            self,
        )
        self.toelichting.setObjectName("zacht")
        self.toelichting.setWordWrap(True)
        self.model = ToeslagModel(kleuren)
        self.model.setParent(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Toeslagen per jaar"), self)
        self.tabel.zet_kolombreedtes([60, 210, 150, 160, 125, 120, 110])
        self.tabel.rij_gekozen.connect(lambda r: self.uitleg_knop.setEnabled(r is not None))
        self.tabel.rij_geactiveerd.connect(self.uitleg_gevraagd)
        self.leeg_label = QLabel(self.tr("Geen toeslagen bekend voor dit huishouden."), self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()

        balk = QHBoxLayout()
        balk.addWidget(jaar_label)
        balk.addWidget(self.jaar_combo)
        balk.addStretch(1)
        balk.addWidget(self.uitleg_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.grafiek)
        layout.addLayout(balk)
        layout.addWidget(self.leeg_label)
        layout.addWidget(self.tabel, 1)
        layout.addWidget(self.toelichting)
        self.setTabOrder(self.jaar_combo, self.uitleg_knop)
        self.setTabOrder(self.uitleg_knop, self.tabel)
        self.jaar_combo.currentIndexChanged.connect(self._on_jaar)

    def toon(self, kb: Klantbeeld) -> None:
        self.model.zet_rijen(kb.toeslagen)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self.tabel.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.grafiek.zet_reeksen(grafiek_reeksen(kb.toeslagen))
        self.jaar_combo.blockSignals(True)
        self.jaar_combo.clear()
        self.jaar_combo.addItem(self.tr("Alle jaren"), None)
        for jaar in sorted({t.jaar for t in kb.toeslagen}, reverse=True):
            self.jaar_combo.addItem(str(jaar), jaar)
        self.jaar_combo.blockSignals(False)
        self.proxy.zet_voorwaarde(None)
        leeg = not kb.toeslagen
        self.leeg_label.setVisible(leeg)
        self.tabel.setVisible(not leeg)
        self.grafiek.setVisible(not leeg)
        self.tabel.kies_eerste()

    def _on_jaar(self) -> None:
        jaar = self.jaar_combo.currentData()
        self.proxy.zet_voorwaarde(None if jaar is None else (lambda t, j=jaar: t.jaar == j))

    def _uitleg(self) -> None:
        rij = self.tabel.huidige_rij()
        if rij is not None:
            self.uitleg_gevraagd.emit(rij)
