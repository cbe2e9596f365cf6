"""The Vorderingen & regelingen tab: claims with origin, amount, open balance, interest and status; payment
arrangements with their termijnen.

What belongs here: `VorderingenTab`. Selecting an arrangement shows its termijnen below it; the active one is
selected on load. "Regeling maken…" (shown only when the view wires it) asks for the Regelingen view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from models.store.rows import BetalingsregelingRow, Klantbeeld
from ui import opmaak as formaat
from ui.palet import Kleuren
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.vorderingen import RegelingModel, TermijnModel, VorderingModel
from ui.resources import icon
from ui.widgets.tabel import DataTabel

__all__ = ["VorderingenTab"]


def _sectie(tekst: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(tekst, parent)
    label.setObjectName("sectie")
    label.setBuddy(buddy)
    return label


class VorderingenTab(QWidget):
    """Signals:
    regeling_gevraagd: "Regeling maken…" was pressed (the klantbeeld opens the Regelingen view).
    """

    regeling_gevraagd = Signal()

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regeling_knop = QPushButton(icon("regeling", kleuren.accent), self.tr("Regeling &maken…"), self)
        self.regeling_knop.setToolTip(self.tr("Betalingsregeling maken of beheren voor dit huishouden"))
        self.regeling_knop.clicked.connect(self.regeling_gevraagd)
        self.regeling_knop.hide()
        self.vordering_model = VorderingModel(kleuren)
        self.vordering_model.setParent(self)
        self.vordering_proxy = RijenProxy(self)
        self.vordering_proxy.setSourceModel(self.vordering_model)
        self.vordering_tabel = DataTabel(self.vordering_proxy, self.tr("Vorderingen"), self)
        self.vordering_tabel.zet_kolombreedtes([110, 200, 95, 110, 110, 110, 135])
        self.vordering_samenvatting = QLabel(self)
        self.vordering_samenvatting.setObjectName("zacht")
        self.vordering_leeg = QLabel(self.tr("Geen vorderingen: deze burger heeft niets terug te betalen."), self)
        self.vordering_leeg.setObjectName("leeg")

        self.regeling_model = RegelingModel(kleuren)
        self.regeling_model.setParent(self)
        self.regeling_proxy = RijenProxy(self)
        self.regeling_proxy.setSourceModel(self.regeling_model)
        self.regeling_tabel = DataTabel(self.regeling_proxy, self.tr("Betalingsregelingen"), self)
        self.regeling_tabel.zet_kolombreedtes([230, 150, 110, 110, 140, 100])
        self.regeling_tabel.rij_gekozen.connect(self._on_regeling)
        self.regeling_leeg = QLabel(self.tr("Geen betalingsregelingen."), self)
        self.regeling_leeg.setObjectName("leeg")

        self.termijn_model = TermijnModel(kleuren)
        self.termijn_model.setParent(self)
        self.termijn_proxy = RijenProxy(self)
        self.termijn_proxy.setSourceModel(self.termijn_model)
        self.termijn_tabel = DataTabel(self.termijn_proxy, self.tr("Termijnen van de gekozen regeling"), self)
        self.termijn_tabel.zet_kolombreedtes([50, 110, 110, 110])
        self.termijn_label = QLabel(self)
        self.termijn_label.setObjectName("sectie")
        self.termijn_label.setBuddy(self.termijn_tabel)

        boven = QWidget(self)
        b = QVBoxLayout(boven)
        b.setContentsMargins(0, 0, 0, 0)
        kop = QHBoxLayout()
        kop.addWidget(_sectie(self.tr("&Vorderingen"), self.vordering_tabel, boven), 1)
        kop.addWidget(self.regeling_knop)
        b.addLayout(kop)
        b.addWidget(self.vordering_samenvatting)
        b.addWidget(self.vordering_leeg)
        b.addWidget(self.vordering_tabel, 1)
        midden = QWidget(self)
        m = QVBoxLayout(midden)
        m.setContentsMargins(0, 0, 0, 0)
        m.addWidget(_sectie(self.tr("Betalings&regelingen"), self.regeling_tabel, midden))
        m.addWidget(self.regeling_leeg)
        m.addWidget(self.regeling_tabel, 1)
        onder = QWidget(self)
        o = QVBoxLayout(onder)
        o.setContentsMargins(0, 0, 0, 0)
        o.addWidget(self.termijn_label)
        o.addWidget(self.termijn_tabel, 1)
        splitser = QSplitter(Qt.Orientation.Vertical, self)
        splitser.addWidget(boven)
        splitser.addWidget(midden)
        splitser.addWidget(onder)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 3)
        splitser.setStretchFactor(1, 2)
        splitser.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitser)
        self.setTabOrder(self.vordering_tabel, self.regeling_tabel)
        self.setTabOrder(self.regeling_tabel, self.termijn_tabel)

    def toon(self, kb: Klantbeeld) -> None:
        self.vordering_model.zet_rijen(kb.vorderingen)
        self.vordering_proxy.sort(2, Qt.SortOrder.DescendingOrder)
        self.vordering_tabel.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        open_v = kb.open_vorderingen
        if open_v:
            self.vordering_samenvatting.setText(
                self.tr("Totaal open (met rente en kosten): %1, in %2 van %3 vorderingen.")
                .replace("%1", formaat.euro(kb.open_schuld))
                .replace("%2", str(len(open_v)))
                .replace("%3", str(len(kb.vorderingen)))
            )
        else:
            self.vordering_samenvatting.setText(self.tr("Geen open vorderingen."))
        self.vordering_leeg.setVisible(not kb.vorderingen)
        self.vordering_tabel.setVisible(bool(kb.vorderingen))
        self.vordering_samenvatting.setVisible(bool(kb.vorderingen))

        self.regeling_model.zet_rijen(kb.regelingen)
        self.regeling_leeg.setVisible(not kb.regelingen)
        self.regeling_tabel.setVisible(bool(kb.regelingen))
        self.termijn_model.zet_rijen(())
        self.termijn_label.setText(self.tr("&Termijnen"))
        actief = kb.actieve_regeling
        if kb.regelingen:
            rij = 0
            if actief is not None:
                for i in range(self.regeling_proxy.rowCount()):
                    if self.regeling_proxy.rij(i).id == actief.id:
                        rij = i
            self.regeling_tabel.setCurrentIndex(self.regeling_proxy.index(rij, 0))
        else:
            self.termijn_label.setText(self.tr("&Termijnen: er is geen betalingsregeling."))

    def _on_regeling(self, regeling: BetalingsregelingRow | None) -> None:
        if regeling is None:
            self.termijn_model.zet_rijen(())
            return
        self.termijn_model.zet_rijen(regeling.termijnen)
        volgende = regeling.volgende_termijn()
        if volgende is not None:
            for rij in range(self.termijn_proxy.rowCount()):
                if self.termijn_proxy.rij(rij).id == volgende.id:
                    index = self.termijn_proxy.index(rij, 0)
                    self.termijn_tabel.setCurrentIndex(index)
                    self.termijn_tabel.scrollTo(index)
                    break
        self.termijn_label.setText(
            self.tr("&Termijnen van de gekozen regeling (%1 van %2 betaald)")
            .replace("%1", str(regeling.betaald_aantal))
            .replace("%2", str(regeling.aantal_termijnen))
        )
