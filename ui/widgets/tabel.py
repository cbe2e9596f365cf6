"""The standard data table of the workstation: keyboard-first, dense, screen-reader friendly.

What belongs here: `DataTabel`, a `QTableView` configured once for every table: whole-row selection, sorting on
the proxy, Tab leaves the table (arrows move inside), 26 px rows, an accessible name, Enter/double-click emit
`rij_geactiveerd` with the row snapshot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.qtmodels.basis import RIJ_ROLE, RijenProxy

__all__ = ["DataTabel"]

RIJHOOGTE = 26


class DataTabel(QTableView):
    """A read-only table over a `RijenProxy`.

    Signals:
        rij_geactiveerd(object): Enter or double-click on a row; the row snapshot.
        rij_gekozen(object): the current row changed (None when there is none).
    """

    rij_geactiveerd = Signal(object)
    rij_gekozen = Signal(object)

    def __init__(self, proxy: RijenProxy, naam: str, parent: QWidget | None = None, *, sorteren: bool = True) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        self.setAccessibleName(naam)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside (STYLE §4 pitfall 19)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # no initial sort: the model's own order (newest first, by number, ...) until the user clicks a header
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(sorteren)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(RIJHOOGTE)
        kop = self.horizontalHeader()
        kop.setHighlightSections(False)
        kop.setStretchLastSection(True)
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        kop.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.activated.connect(self._on_activated)
        self.selectionModel().currentRowChanged.connect(self._on_current)

    @property
    def proxy(self) -> RijenProxy:
        model = self.model()
        assert isinstance(model, RijenProxy)
        return model

    def huidige_rij(self) -> Any:
        index = self.currentIndex()
        return index.data(RIJ_ROLE) if index.isValid() else None

    def kies_eerste(self) -> None:
        if self.proxy.rowCount() > 0:
            self.setCurrentIndex(self.proxy.index(0, 0))

    def zet_kolombreedtes(self, breedtes: list[int]) -> None:
        for kolom, breedte in enumerate(breedtes):
            self.setColumnWidth(kolom, breedte)

    def _on_activated(self, index: QModelIndex) -> None:
        rij = index.data(RIJ_ROLE)
        if rij is not None:
            self.rij_geactiveerd.emit(rij)

    def _on_current(self, huidig: QModelIndex, _vorig: QModelIndex) -> None:
        self.rij_gekozen.emit(huidig.data(RIJ_ROLE) if huidig.isValid() else None)
