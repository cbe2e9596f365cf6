"""The Ctrl+K field in the title bar: type a BSN, a name with birth date or a postcode, or pick a recent household.

What belongs here: `SnelZoeken` (a line edit with a popup of recently opened households, most recent first) and
`RecentModel`, the list behind the popup. Recent households are kept for this session only, in memory: no
personal data is written to the settings file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ui.resources import icon
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen

__all__ = ["Recent", "RecentModel", "SnelZoeken"]

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Recent:
    burger_id: int
    naam: str
    bsn: str


class RecentModel(QAbstractListModel):
    MAX = 12
    RECENT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Recent] = []

    def voeg_toe(self, recent: Recent) -> None:
        """Put a household on top (moving it when it was already listed)."""
        self.beginResetModel()
        self._items = [recent] + [r for r in self._items if r.burger_id != recent.burger_id]
        del self._items[self.MAX :]
        self.endResetModel()

    def items(self) -> list[Recent]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{item.naam}   {bsn_gemaskeerd(item.bsn)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.naam}, {bsn_voorlezen(item.bsn)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("klantbeeld")
        if role == self.RECENT_ROLE:
            return item
        return None


class SnelZoeken(QLineEdit):
    """Signals:
    zoek_gevraagd(str): Enter on typed text.
    recent_gekozen(object): a `Recent` picked from the popup.
    """

    zoek_gevraagd = Signal(str)
    recent_gekozen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snelZoeken")
        sneltoets = QKeySequence("Ctrl+K").toString(QKeySequence.SequenceFormat.NativeText)
        self.setPlaceholderText(self.tr("Zoek burger op BSN, naam of postcode…") + f"   ({sneltoets})")
        self.setAccessibleName(self.tr("Snel zoeken"))
        self.setAccessibleDescription(
            self.tr(
                "Typ een BSN, een achternaam met geboortedatum of een postcode met huisnummer en druk op Enter. "
                "Pijl omlaag toont de laatst geopende huishoudens."
            )
        )
        self.setClearButtonEnabled(True)
        self.addAction(icon("zoeken"), QLineEdit.ActionPosition.LeadingPosition)
        self.recent = RecentModel(self)
        self._completer = QCompleter(self.recent, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setMaxVisibleItems(RecentModel.MAX)
        self._completer.popup().setAccessibleName(self.tr("Laatst geopende huishoudens"))
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._on_recent)
        self._net_gekozen = False
        self.returnPressed.connect(self._on_enter)

    def activeer(self) -> None:
        """Ctrl+K: focus the field, select its text and list the recent households."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        self.toon_recent()

    def toon_recent(self) -> None:
        if self.recent.rowCount() == 0:
            return
        self._completer.setCompletionPrefix(self.text() if self.text() else "")
        self._completer.complete()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not self._completer.popup().isVisible():
            self.toon_recent()
            return
        super().keyPressEvent(event)

    def _on_recent(self, index: QModelIndex) -> None:
        recent = index.data(RecentModel.RECENT_ROLE)
        if recent is None:
            return
        self._net_gekozen = True
        QTimer.singleShot(0, self._na_keuze)
        self.recent_gekozen.emit(recent)

    def _na_keuze(self) -> None:
        self._net_gekozen = False
        self.clear()

    def _on_enter(self) -> None:
        if self._net_gekozen:
            return  # the Enter that picked a recent household from the popup
        tekst = self.text().strip()
        if tekst:
            self.zoek_gevraagd.emit(tekst)
