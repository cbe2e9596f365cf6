"""Choosing the staff member who works in this session.

What belongs here: `LoginDialoog`, shown as soon as the application starts. It appears before the store is
open (the accounts arrive through `zet_medewerkers()` when the background job is done), groups the accounts by
role with their team or organisation, and emits `aangemeld` with the chosen `MedewerkerRow`. On the local demo
store every demo account can be picked, one per role and more; the chosen account's role drives the whole
workstation.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.domain import Rol
from models.store.rows import MedewerkerRow
from ui.palet import Kleuren
from ui.resources import icon, icon_pixmap
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk

__all__ = ["LoginDialoog"]

MEDEWERKER_ROLE = Qt.ItemDataRole.UserRole + 1

_VOLGORDE = (Rol.BEGELEIDER, Rol.BALIE, Rol.SUPERVISOR, Rol.KWALITEIT)


class LoginDialoog(QDialog):
    """Signals:
    aangemeld(object): the chosen `MedewerkerRow`.
    opnieuw_gevraagd: the user asked to retry opening the store after an error.
    """

    aangemeld = Signal(object)
    opnieuw_gevraagd = Signal()

    def __init__(self, kleuren: Kleuren, opslag: str, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialoog")
        self.setWindowTitle(self.tr("Aanmelden – Werkplek Toeslagen"))
        self.setWindowIcon(icon("app", "#01689B"))
        self.setMinimumSize(520, 520)
        self._kleuren = kleuren
        self._voorkeur: str | None = None

        logo = QLabel(self)
        logo.setPixmap(icon_pixmap("app", "#01689B", 40, self.devicePixelRatioF()))
        titel = QLabel(self.tr("Werkplek Toeslagen"), self)
        titel.setObjectName("titel")
        self.opslag_label = QLabel(opslag, self)
        self.opslag_label.setObjectName("zacht")
        kop_tekst = QVBoxLayout()
        kop_tekst.setSpacing(0)
        kop_tekst.addWidget(titel)
        kop_tekst.addWidget(self.opslag_label)
        kop = QHBoxLayout()
        kop.addWidget(logo)
        kop.addLayout(kop_tekst, 1)

        uitleg = QLabel(
            self.tr("Kies het demo-account waarmee u werkt. De rol bepaalt wat u ziet en wat u mag doen.")
            if demo
            else self.tr("Kies uw account."),
            self,
        )
        uitleg.setWordWrap(True)
        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self.bezig = BezigIndicator(self.tr("Opslag openen…"), self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Typ een naam, team of rol"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Zoek medewerker"))
        filter_label = QLabel(self.tr("&Zoek medewerker:"), self)
        filter_label.setBuddy(self.filter_edit)

        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.lijst = QTreeView(self)
        self.lijst.setModel(self.proxy)
        self.lijst.setHeaderHidden(True)
        self.lijst.setRootIsDecorated(False)
        self.lijst.setItemsExpandable(False)
        self.lijst.setUniformRowHeights(True)
        self.lijst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lijst.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lijst.setAccessibleName(self.tr("Accounts"))
        lijst_label = QLabel(self.tr("&Account:"), self)
        lijst_label.setBuddy(self.lijst)

        self.knoppen = QDialogButtonBox(self)
        self.aanmeld_knop = self.knoppen.addButton(self.tr("&Aanmelden"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.knoppen.addButton(self.tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.aanmeld_knop.setDefault(True)
        self.aanmeld_knop.setEnabled(False)
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(kop)
        layout.addWidget(uitleg)
        layout.addWidget(self.melding)
        layout.addWidget(self.bezig)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(lijst_label)
        layout.addWidget(self.lijst, 1)
        layout.addWidget(self.knoppen)
        self.setTabOrder(self.filter_edit, self.lijst)
        self.setTabOrder(self.lijst, self.aanmeld_knop)

        self.filter_edit.textChanged.connect(self._on_filter)
        self.lijst.activated.connect(self._on_activated)
        self.lijst.selectionModel().currentChanged.connect(self._on_huidig)
        self.zet_bezig(True)

    # --- state from the start-up controller ---------------------------------------------------------------

    def zet_voorkeur(self, gebruikersnaam: str | None) -> None:
        """The account to select when the list arrives (the last one used, or the URL's user)."""
        self._voorkeur = gebruikersnaam

    def zet_bezig(self, bezig: bool, tekst: str | None = None) -> None:
        if tekst:
            self.bezig.zet_tekst(tekst)
        self.bezig.zet_actief(bezig)

    def zet_fout(self, melding: str, *, opnieuw: bool = True) -> None:
        self.zet_bezig(False)
        self.melding.toon_fout(melding, opnieuw=opnieuw)

    def zet_medewerkers(self, medewerkers: Sequence[MedewerkerRow]) -> None:
        self.zet_bezig(False)
        self.melding.verberg()
        self.model.clear()
        vet = QFont(self.font())
        vet.setBold(True)
        te_kiezen: QModelIndex | None = None
        for rol in _VOLGORDE:
            van_rol = [m for m in medewerkers if m.rol == rol]
            if not van_rol:
                continue
            groep = QStandardItem(f"{rol.label} ({len(van_rol)})")
            groep.setFont(vet)
            groep.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groep.setData(f"{rol.label}", Qt.ItemDataRole.AccessibleTextRole)
            for m in van_rol:
                waar = m.organisatie or m.team
                item = QStandardItem(icon("gebruiker"), f"{m.naam} — {waar}" if waar else m.naam)
                item.setData(m, MEDEWERKER_ROLE)
                item.setData(
                    f"{m.naam}, {rol.label}" + (f", {waar}" if waar else ""), Qt.ItemDataRole.AccessibleTextRole
                )
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
                )
                groep.appendRow(item)
            self.model.appendRow(groep)
        self.lijst.expandAll()
        for rij in range(self.proxy.rowCount()):
            groep_index = self.proxy.index(rij, 0)
            for kind in range(self.proxy.rowCount(groep_index)):
                index = self.proxy.index(kind, 0, groep_index)
                m = index.data(MEDEWERKER_ROLE)
                if te_kiezen is None or (self._voorkeur and m.gebruikersnaam == self._voorkeur):
                    te_kiezen = index
        if te_kiezen is not None:
            self.lijst.setCurrentIndex(te_kiezen)
        if not medewerkers:
            self.zet_fout(
                self.tr(
                    "Deze opslag bevat geen actieve medewerkers. Vul haar eerst met demogegevens "
                    "(werkplek-demo) of laat een beheerder accounts aanmaken."
                ),
                opnieuw=False,
            )
        self.lijst.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- choosing ------------------------------------------------------------------------------------------

    def gekozen(self) -> MedewerkerRow | None:
        index = self.lijst.currentIndex()
        return index.data(MEDEWERKER_ROLE) if index.isValid() else None

    def kies(self, gebruikersnaam: str) -> bool:
        for rij in range(self.proxy.rowCount()):
            groep_index = self.proxy.index(rij, 0)
            for kind in range(self.proxy.rowCount(groep_index)):
                index = self.proxy.index(kind, 0, groep_index)
                if index.data(MEDEWERKER_ROLE).gebruikersnaam == gebruikersnaam:
                    self.lijst.setCurrentIndex(index)
                    return True
        return False

    def accept(self) -> None:
        medewerker = self.gekozen()
        if medewerker is None:
            return
        self.aangemeld.emit(medewerker)
        super().accept()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.data(MEDEWERKER_ROLE) is not None:
            self.accept()

    def _on_huidig(self, huidig: QModelIndex, _vorig: QModelIndex) -> None:
        self.aanmeld_knop.setEnabled(huidig.isValid() and huidig.data(MEDEWERKER_ROLE) is not None)

    def _on_filter(self, tekst: str) -> None:
        self.proxy.setFilterFixedString(tekst.strip())
        self.lijst.expandAll()
        if self.gekozen() is None or not self.lijst.currentIndex().isValid():
            for rij in range(self.proxy.rowCount()):
                groep_index = self.proxy.index(rij, 0)
                if self.proxy.rowCount(groep_index):
                    self.lijst.setCurrentIndex(self.proxy.index(0, 0, groep_index))
                    break

    def _on_opnieuw(self) -> None:
        self.melding.verberg()
        self.zet_bezig(True)
        self.opnieuw_gevraagd.emit()
