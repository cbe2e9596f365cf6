"""The table model and proxy every data table in the workstation builds on.

What belongs here: `RijenModel`, a `QAbstractTableModel` over an in-memory list of frozen row snapshots whose
columns are declared as `Kolom` objects (text, typed sort key, alignment, icon, tooltip, accessible text), and
`RijenProxy`, the `QSortFilterProxyModel` with a free-text filter and an optional row predicate. `data()` never
touches the store: the rows arrived through the TaskRunner.

Amount columns (`bedrag=True`) are right-aligned in a font with tabular figures, so digits line up.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

__all__ = ["RIJ_ROLE", "SORTEER_ROLE", "Kolom", "RijenModel", "RijenProxy", "cijferfont", "leeg_laatst"]

R = TypeVar("R")
SORTEER_ROLE = Qt.ItemDataRole.UserRole + 1
RIJ_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_LINKS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RECHTS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@functools.cache
def cijferfont() -> QFont:
    """The application font with tabular figures (OpenType `tnum`), for amounts and dates in columns."""
    font = QFont()
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


def leeg_laatst(waarde: Any) -> tuple[int, Any]:
    """A sort key that puts absent values (None) after present ones and never compares None with a value."""
    return (1, 0) if waarde is None else (0, waarde)


@dataclass(frozen=True, slots=True)
class Kolom(Generic[R]):
    """One column of a `RijenModel`.

    Attributes:
        kop: the translated header text.
        tekst: the cell text of a row.
        sorteer: the typed sort key (dates sort as dates, amounts as numbers); defaults to the text.
        bedrag: right-align in tabular figures.
        icoon: an icon for the cell (status columns pair it with a word).
        tooltip: plain-text tooltip.
        toegankelijk: the text a screen reader announces, when it differs from the cell text (e.g. the full
            word for a masked BSN).
        kleur: a text colour for the cell (always with a word in the text, never alone).
    """

    kop: str
    tekst: Callable[[R], str]
    sorteer: Callable[[R], Any] | None = None
    bedrag: bool = False
    icoon: Callable[[R], QIcon | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    toegankelijk: Callable[[R], str] | None = None
    kleur: Callable[[R], QColor | None] | None = None


class RijenModel(QAbstractTableModel, Generic[R]):
    """A read-only table over row snapshots. Subclasses give `_kolommen()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rijen: list[R] = []
        self._zoekteksten: list[str | None] = []
        self._kolom_lijst: list[Kolom[R]] = self._kolommen()

    def _kolommen(self) -> list[Kolom[R]]:
        raise NotImplementedError

    # --- data in ---------------------------------------------------------------------------------------------

    def zet_rijen(self, rijen: Sequence[R]) -> None:
        self.beginResetModel()
        self._rijen = list(rijen)
        self._zoekteksten = [None] * len(self._rijen)
        self.endResetModel()

    def rijen(self) -> list[R]:
        return list(self._rijen)

    def rij(self, nummer: int) -> R:
        return self._rijen[nummer]

    # --- QAbstractTableModel -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rijen)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kolom_lijst)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rijen) or index.column() >= len(self._kolom_lijst):
            return None
        rij = self._rijen[index.row()]
        kolom = self._kolom_lijst[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return kolom.tekst(rij)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return kolom.toegankelijk(rij) if kolom.toegankelijk else kolom.tekst(rij)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RECHTS if kolom.bedrag else _LINKS
        if role == Qt.ItemDataRole.FontRole:
            return cijferfont() if kolom.bedrag else None
        if role == Qt.ItemDataRole.DecorationRole:
            return kolom.icoon(rij) if kolom.icoon else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return kolom.tooltip(rij) if kolom.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return kolom.kleur(rij) if kolom.kleur else None
        if role == SORTEER_ROLE:
            return kolom.sorteer(rij) if kolom.sorteer else kolom.tekst(rij).casefold()
        if role == RIJ_ROLE:
            return rij
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._kolom_lijst):
            return None
        kolom = self._kolom_lijst[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return kolom.kop
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RECHTS if kolom.bedrag else _LINKS
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- for the proxy ---------------------------------------------------------------------------------------

    def zoektekst(self, nummer: int) -> str:
        """All cell texts of a row, case-folded: what the free-text filter searches."""
        tekst = self._zoekteksten[nummer]
        if tekst is None:  # computed once per row: formatting amounts for every keystroke would be slow
            tekst = self._zoekbare_tekst(self._rijen[nummer]).casefold()
            self._zoekteksten[nummer] = tekst
        return tekst

    def _zoekbare_tekst(self, rij: R) -> str:
        """What the free-text filter searches in a row; subclasses may add hidden text (a contact's summary)."""
        return " ".join(k.tekst(rij) for k in self._kolom_lijst)


class RijenProxy(QSortFilterProxyModel):
    """Sorting on typed keys, a free-text filter over all columns, and an optional row predicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tekst = ""
        self._voorwaarde: Callable[[Any], bool] | None = None
        self.setSortRole(SORTEER_ROLE)
        self.setDynamicSortFilter(True)

    def zet_tekst(self, tekst: str) -> None:
        schoon = tekst.strip().casefold()
        if schoon == self._tekst:
            return  # decide before begin: begin/end must pair (STYLE §3.7)
        self.beginFilterChange()
        self._tekst = schoon
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def zet_voorwaarde(self, voorwaarde: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._voorwaarde = voorwaarde
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def rij(self, proxy_rij: int) -> Any:
        bron = self.mapToSource(self.index(proxy_rij, 0))
        return bron.data(RIJ_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RijenModel):
            return True
        if self._voorwaarde is not None and not self._voorwaarde(model.rij(source_row)):
            return False
        if self._tekst:
            zoektekst = model.zoektekst(source_row)
            return all(woord in zoektekst for woord in self._tekst.split())
        return True

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        links = source_left.data(SORTEER_ROLE)
        rechts = source_right.data(SORTEER_ROLE)
        try:
            return bool(links < rechts)
        except TypeError:
            return str(links) < str(rechts)
