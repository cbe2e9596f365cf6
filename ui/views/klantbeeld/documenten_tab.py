"""The Documenten tab: the letters and overviews sent to the citizen; Enter opens one as PDF.

What belongs here: `DocumentenTab` (the list and the "PDF openen" action). Fetching the bytes and opening the
file is the klantbeeld view's job (through the TaskRunner); this tab asks with `document_openen`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.store.rows import Klantbeeld
from ui.palet import Kleuren
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.documenten import DocumentModel
from ui.resources import icon
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel

__all__ = ["DocumentenTab"]


class DocumentenTab(QWidget):
    """Signals:
    document_openen(object): the `DocumentRow` to open.
    """

    document_openen = Signal(object)

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentModel(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Documenten"), self)
        self.tabel.zet_kolombreedtes([95, 190, 380, 130, 100])
        self.tabel.rij_gekozen.connect(lambda r: self.open_knop.setEnabled(r is not None))
        self.tabel.rij_geactiveerd.connect(self.document_openen)
        self.open_knop = QPushButton(icon("document-openen", kleuren.accent), self.tr("&PDF openen"), self)
        self.open_knop.setEnabled(False)
        self.open_knop.setToolTip(self.tr("Open de gekozen brief in de PDF-lezer (Enter)"))
        self.open_knop.clicked.connect(self._open)
        self.melding = MeldingBalk(kleuren, self)
        self.bezig = BezigIndicator(self.tr("Document ophalen…"), self)
        self.leeg_label = QLabel(self.tr("Er zijn nog geen brieven of overzichten naar deze burger gestuurd."), self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()
        balk = QHBoxLayout()
        balk.addWidget(self.bezig, 1)
        balk.addWidget(self.open_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.melding)
        layout.addLayout(balk)
        layout.addWidget(self.leeg_label)
        layout.addWidget(self.tabel, 1)
        self.setTabOrder(self.open_knop, self.tabel)

    def toon(self, kb: Klantbeeld) -> None:
        self.model.zet_rijen(kb.documenten)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self.tabel.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.leeg_label.setVisible(not kb.documenten)
        self.tabel.setVisible(bool(kb.documenten))
        self.open_knop.setEnabled(False)
        self.melding.verberg()

    def _open(self) -> None:
        rij = self.tabel.huidige_rij()
        if rij is not None:
            self.document_openen.emit(rij)
