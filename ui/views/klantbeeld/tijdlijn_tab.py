"""The Tijdlijn tab: every contact, decision, payment and letter of the household, newest first.

What belongs here: `TijdlijnTab` — a filter by kind and free text, the table, and a detail pane with the full
text of the selected entry. Enter on a contact opens it for correction (when the role may), Enter on a letter
opens its PDF. Balie staff see a line saying that internal notes are not available for their role.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.store.rows import ContactRow, DocumentRow, Klantbeeld
from ui.palet import Kleuren
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.tijdlijn import TijdlijnItem, TijdlijnModel, TijdlijnSoort, tijdlijn_items
from ui.resources import icon
from ui.widgets.tabel import DataTabel

__all__ = ["TijdlijnTab"]


class TijdlijnTab(QWidget):
    """Signals:
    contact_wijzigen(object): the `ContactRow` to correct.
    document_openen(object): the `DocumentRow` whose PDF to open.
    """

    contact_wijzigen = Signal(object)
    document_openen = Signal(object)

    def __init__(self, kleuren: Kleuren, *, mag_wijzigen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mag_wijzigen = mag_wijzigen
        self.soort_combo = QComboBox(self)
        self.soort_combo.addItem(self.tr("Alles"), None)
        for soort, tekst in (
            (TijdlijnSoort.CONTACT, self.tr("Contacten")),
            (TijdlijnSoort.BESCHIKKING, self.tr("Beschikkingen")),
            (TijdlijnSoort.BETALING, self.tr("Betalingen")),
            (TijdlijnSoort.BRIEF, self.tr("Brieven")),
        ):
            self.soort_combo.addItem(tekst, soort)
        self.soort_combo.setAccessibleName(self.tr("Soort"))
        soort_label = QLabel(self.tr("&Soort:"), self)
        soort_label.setBuddy(self.soort_combo)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter op tekst, bijvoorbeeld 'terugvordering'"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter op tekst"))
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_edit)
        self.aantal_label = QLabel(self)
        self.aantal_label.setObjectName("zacht")
        self.wijzig_knop = QPushButton(icon("bewerken", kleuren.accent), self.tr("Contact &wijzigen"), self)
        self.wijzig_knop.setEnabled(False)
        self.wijzig_knop.setVisible(mag_wijzigen)
        self.wijzig_knop.clicked.connect(self._wijzig)
        self.pdf_knop = QPushButton(icon("document-openen", kleuren.accent), self.tr("&PDF openen"), self)
        self.pdf_knop.setEnabled(False)
        self.pdf_knop.clicked.connect(self._pdf)

        self.model = TijdlijnModel(kleuren.accent)
        self.model.setParent(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Tijdlijn"), self)
        self.tabel.zet_kolombreedtes([96, 120, 560, 110])
        self.tabel.rij_gekozen.connect(self._on_gekozen)
        self.tabel.rij_geactiveerd.connect(self._on_geactiveerd)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Details van de gekozen regel"))
        self.detail.setPlaceholderText(self.tr("Kies een regel om de details te zien."))
        self.detail.setTabChangesFocus(True)
        self.leeg_label = QLabel(self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.setWordWrap(True)
        self.leeg_label.hide()
        self.beperkt_label = QLabel(self.tr("Interne notities: niet beschikbaar voor uw rol."), self)
        self.beperkt_label.setObjectName("zacht")
        self.beperkt_label.hide()

        balk = QHBoxLayout()
        balk.addWidget(soort_label)
        balk.addWidget(self.soort_combo)
        balk.addSpacing(12)
        balk.addWidget(filter_label)
        balk.addWidget(self.filter_edit, 1)
        balk.addWidget(self.aantal_label)
        balk.addSpacing(12)
        balk.addWidget(self.wijzig_knop)
        balk.addWidget(self.pdf_knop)
        splitser = QSplitter(Qt.Orientation.Vertical, self)
        splitser.addWidget(self.tabel)
        splitser.addWidget(self.detail)
        splitser.setStretchFactor(0, 4)
        splitser.setStretchFactor(1, 1)
        splitser.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(balk)
        layout.addWidget(self.beperkt_label)
        layout.addWidget(self.leeg_label)
        layout.addWidget(splitser, 1)
        self.setTabOrder(self.soort_combo, self.filter_edit)
        self.setTabOrder(self.filter_edit, self.wijzig_knop)
        self.setTabOrder(self.wijzig_knop, self.pdf_knop)
        self.setTabOrder(self.pdf_knop, self.tabel)
        self.setTabOrder(self.tabel, self.detail)

        self.soort_combo.currentIndexChanged.connect(self._on_soort)
        self.filter_edit.textChanged.connect(self._on_tekst)

    def toon(self, kb: Klantbeeld) -> None:
        self.model.zet_rijen(tijdlijn_items(kb))
        self.proxy.sort(-1)  # the builder's order: newest first
        self.tabel.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.beperkt_label.setVisible(kb.notities is None)
        self._werk_aantal_bij()
        self.detail.clear()

    def kies_contact(self, contact_id: int) -> bool:
        """Select the entry of a contact (after saving it), so the user sees what was written."""
        for rij in range(self.proxy.rowCount()):
            item: TijdlijnItem = self.proxy.rij(rij)
            if isinstance(item.bron, ContactRow) and item.bron.id == contact_id:
                self.tabel.setCurrentIndex(self.proxy.index(rij, 0))
                return True
        return False

    def _werk_aantal_bij(self) -> None:
        totaal = self.model.rowCount()
        zichtbaar = self.proxy.rowCount()
        self.aantal_label.setText(
            self.tr("%1 regels").replace("%1", str(totaal))
            if zichtbaar == totaal
            else self.tr("%1 van %2").replace("%1", str(zichtbaar)).replace("%2", str(totaal))
        )
        if totaal == 0:
            self.leeg_label.setText(
                self.tr(
                    "Nog niets in de tijdlijn: er zijn geen contacten, beschikkingen, betalingen of brieven. "
                    "Registreer een contact met Ctrl+N."
                )
            )
        elif zichtbaar == 0:
            self.leeg_label.setText(self.tr("Geen regels die bij dit filter passen. Kies 'Alles' of wis het filter."))
        self.leeg_label.setVisible(zichtbaar == 0)

    def _on_soort(self) -> None:
        soort = self.soort_combo.currentData()
        self.proxy.zet_voorwaarde(None if soort is None else (lambda item, s=soort: item.soort == s))
        self._werk_aantal_bij()

    def _on_tekst(self, tekst: str) -> None:
        self.proxy.zet_tekst(tekst)
        self._werk_aantal_bij()

    def _on_gekozen(self, item: TijdlijnItem | None) -> None:
        if item is None:
            self.detail.clear()
            self.wijzig_knop.setEnabled(False)
            self.pdf_knop.setEnabled(False)
            return
        self.detail.setPlainText(f"{item.titel}\n\n{item.detail}")
        self.wijzig_knop.setEnabled(self._mag_wijzigen and isinstance(item.bron, ContactRow))
        self.pdf_knop.setEnabled(isinstance(item.bron, DocumentRow))

    def _on_geactiveerd(self, item: TijdlijnItem) -> None:
        if isinstance(item.bron, ContactRow) and self._mag_wijzigen:
            self.contact_wijzigen.emit(item.bron)
        elif isinstance(item.bron, DocumentRow):
            self.document_openen.emit(item.bron)

    def _wijzig(self) -> None:
        item = self.tabel.huidige_rij()
        if item is not None and isinstance(item.bron, ContactRow):
            self.contact_wijzigen.emit(item.bron)

    def _pdf(self) -> None:
        item = self.tabel.huidige_rij()
        if item is not None and isinstance(item.bron, DocumentRow):
            self.document_openen.emit(item.bron)
