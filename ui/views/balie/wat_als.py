"""What-if at the counter: "Wat als mijn inkomen / huur / opvanguren / partner verandert?" (issue #7).

What belongs here: `WatAlsDialoog`. The caseworker enters what changes; `models.services.proefberekening` runs the
calculation core's `wat_als` for every running toeslag (pure and fast: on the GUI thread, like "Waarom dit
bedrag?"). A table shows per toeslag the voorschot now, the new monthly voorschot and what the definitive
calculation would give if the voorschot stayed as it is (recovery or back-payment); the selected row's steps are
explained in plain Dutch with their legal basis (`StappenTabel` of the berekening dialog). "Wijziging doorgeven"
registers the change request as a contact with a task for the back office (`Balie.wijziging_doorgeven`, after a
confirmation). Nothing partner-related from the store is shown: only the amounts of the toeslagen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.services.proefberekening import Proefuitkomst, Wijziging, proefbereken, samenvatting
from models.store.interfaces_balie import Balie
from models.store.rows import MedewerkerRow, ToeslagRow
from models.validatie import Validatiefout, parse_bedrag, parse_datum
from ui import opmaak as formaat
from ui.dialogs.berekening_dialoog import StappenTabel
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Kolom, RijenModel, RijenProxy
from ui.qtmodels.berekening import StapModel
from ui.tasks import TaskRunner
from ui.views.balie.formulier import BalieFormulier
from ui.widgets.tabel import DataTabel

__all__ = ["ProefModel", "WatAlsDialoog"]

PARTNER_KEUZES = ("ongewijzigd", "geen", "nieuw")


def _gevolg(u: Proefuitkomst) -> str:
    saldo = u.saldo_ongewijzigd
    if u.wat_als is None or saldo is None:
        return u.fout or "–"
    a = u.wat_als.verwachte_afrekening
    if saldo < 0:
        if a.terug_te_vorderen == 0:
            return f"te veel ontvangen {formaat.euro(-saldo)}, maar zo weinig dat het niet wordt teruggevorderd"
        tekst = f"terugvordering {formaat.euro(a.terug_te_vorderen)}"
        return tekst + (" (hoog)" if a.hoge_terugvordering else "")
    if saldo > 0:
        return f"nabetaling {formaat.euro(saldo)}"
    return "geen terugvordering of nabetaling"


class ProefModel(RijenModel[Proefuitkomst]):
    TOESLAG, NU, NIEUW, GEVOLG = range(4)

    def _kolommen(self) -> list[Kolom[Proefuitkomst]]:
        return [
            Kolom(self.tr("Toeslag"), lambda u: f"{u.regeling.label} {u.jaar}"),
            Kolom(self.tr("Voorschot nu"), lambda u: f"{formaat.euro_heel(u.huidig_maand)} /mnd", bedrag=True),
            Kolom(
                self.tr("Nieuw voorschot"),
                lambda u: "–" if u.nieuw_maand is None else f"{formaat.euro_heel(u.nieuw_maand)} /mnd",
                bedrag=True,
            ),
            Kolom(self.tr("Als het voorschot gelijk blijft"), _gevolg),
        ]


class WatAlsDialoog(BalieFormulier):
    """Signals:
    doorgegeven(object): the `ContactRow` of the change passed on to the back office.
    """

    doorgegeven = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        balie: Balie,
        runner: TaskRunner,
        kleuren: Kleuren,
        actor: MedewerkerRow,
        burger_id: int,
        burger_naam: str,
        toeslagen: Sequence[ToeslagRow],
        vandaag: dt.date,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Wat als… – %1").replace("%1", burger_naam),
            runner,
            kleuren,
            opslaan=self.tr("Wijziging &doorgeven aan backoffice"),
        )
        self.setObjectName("watAlsDialoog")
        self._balie, self._actor, self._burger_id, self._vandaag = balie, actor, burger_id, vandaag
        self._toeslagen = tuple(toeslagen)
        self.uitkomsten: list[Proefuitkomst] = []
        self._wijziging: Wijziging | None = None

        vraag = QLabel(self.tr("Wat verandert er? Vul alleen in wat anders wordt."), self)
        vraag.setObjectName("titel")
        self.inkomen_edit = self._veld(self.tr("Nieuw inkomen dit jaar"), self.tr("bijvoorbeeld 32.000"))
        self.huur_edit = self._veld(self.tr("Nieuwe kale huur per maand"), self.tr("bijvoorbeeld 750"))
        self.uren_edit = self._veld(self.tr("Uren kinderopvang per maand"), self.tr("bijvoorbeeld 100"))
        self.partner_combo = QComboBox(self)
        self.partner_combo.addItems(
            [self.tr("blijft hetzelfde"), self.tr("partner gaat weg"), self.tr("er komt een nieuwe partner")]
        )
        self.partner_combo.setAccessibleName(self.tr("Partner"))
        self.partner_combo.currentIndexChanged.connect(self._partner_gewijzigd)
        self.partner_inkomen_edit = self._veld(
            self.tr("Inkomen nieuwe partner dit jaar"), self.tr("bijvoorbeeld 28.000")
        )
        self.partner_geboren_edit = self._veld(self.tr("Geboortedatum nieuwe partner"), self.tr("dd-mm-jjjj"))
        form = QFormLayout()
        form.addRow(self.tr("&Inkomen per jaar (€)"), self.inkomen_edit)
        form.addRow("", self.veldmelding("nieuw inkomen", self.inkomen_edit))
        form.addRow(self.tr("&Kale huur per maand (€)"), self.huur_edit)
        form.addRow("", self.veldmelding("nieuwe huur", self.huur_edit))
        form.addRow(self.tr("&Opvanguren per maand"), self.uren_edit)
        form.addRow("", self.veldmelding("opvanguren", self.uren_edit))
        form.addRow(self.tr("&Partner"), self.partner_combo)
        form.addRow(self.tr("Inkomen &nieuwe partner (€)"), self.partner_inkomen_edit)
        form.addRow("", self.veldmelding("inkomen partner", self.partner_inkomen_edit))
        form.addRow(self.tr("&Geboortedatum nieuwe partner"), self.partner_geboren_edit)
        form.addRow("", self.veldmelding("geboortedatum partner", self.partner_geboren_edit))
        self.bereken_knop = QPushButton(self.tr("&Berekenen"), self)
        self.bereken_knop.setToolTip(self.tr("Berekenen (Enter)"))
        self.bereken_knop.clicked.connect(self.bereken)
        invoer = QGroupBox(self.tr("Nieuwe gegevens"), self)
        invoer_layout = QVBoxLayout(invoer)
        invoer_layout.addWidget(vraag)
        invoer_layout.addLayout(form)
        invoer_layout.addWidget(self.bereken_knop, 0, Qt.AlignmentFlag.AlignLeft)
        invoer_layout.addStretch(1)

        self.model = ProefModel(self)
        proxy = RijenProxy(self)
        proxy.setSourceModel(self.model)
        self.tabel = DataTabel(proxy, self.tr("Uitkomst van de proefberekening"), self, sorteren=False)
        self.tabel.zet_kolombreedtes([180, 100, 115])
        self.tabel.rij_gekozen.connect(self._toon_stappen)
        self.conclusie = QLabel(self)
        self.conclusie.setWordWrap(True)
        self.conclusie.setObjectName("balieConclusie")
        self.conclusie.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stappen = StappenTabel((), self.tr("Uitleg van de proefberekening"), self)
        for kolom, breedte in ((StapModel.STAP, 150), (StapModel.WAARDE, 80), (StapModel.GRONDSLAG, 170)):
            self.stappen.setColumnWidth(kolom, breedte)
        uitkomst = QWidget(self)
        uitkomst_layout = QVBoxLayout(uitkomst)
        uitkomst_layout.setContentsMargins(0, 0, 0, 0)
        uitkomst_layout.addWidget(QLabel(self.tr("Uitkomst per toeslag"), uitkomst))
        uitkomst_layout.addWidget(self.tabel, 1)
        uitkomst_layout.addWidget(self.conclusie)
        uitkomst_layout.addWidget(QLabel(self.tr("Zo is het berekend (kies een toeslag hierboven)"), uitkomst))
        uitkomst_layout.addWidget(self.stappen, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(invoer)
        splitter.addWidget(uitkomst)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 860])
        rij = QHBoxLayout()
        rij.addWidget(splitter)
        self.inhoud.addLayout(rij)
        self.opslaan_knop.setEnabled(False)
        self.opslaan_knop.setDefault(False)
        self.bereken_knop.setDefault(True)
        self._partner_gewijzigd(0)
        self.resize(1240, 700)
        self.inkomen_edit.setFocus()

    def _veld(self, naam: str, voorbeeld: str) -> QLineEdit:
        veld = QLineEdit(self)
        veld.setAccessibleName(naam)
        veld.setPlaceholderText(voorbeeld)
        veld.setMaxLength(20)
        veld.returnPressed.connect(self.bereken)
        veld.textEdited.connect(self._ongeldig)
        return veld

    def _partner_gewijzigd(self, index: int) -> None:
        nieuw = PARTNER_KEUZES[index] == "nieuw"
        self.partner_inkomen_edit.setEnabled(nieuw)
        self.partner_geboren_edit.setEnabled(nieuw)
        self._ongeldig()

    def _ongeldig(self, *_args: object) -> None:
        """The input changed after a calculation: the result no longer matches it."""
        if self._wijziging is not None:
            self._wijziging = None
            self.opslaan_knop.setEnabled(False)
            self.conclusie.setText(self.tr("De invoer is veranderd. Kies ‘Berekenen’ voor de nieuwe uitkomst."))

    # --- calculate --------------------------------------------------------------------------------------------

    def wijziging(self) -> Wijziging:
        """The change as entered. Raises `Validatiefout` naming the field."""

        def bedrag(veld: QLineEdit, naam: str) -> Decimal | None:
            tekst = veld.text().strip()
            return None if not tekst or not veld.isEnabled() else parse_bedrag(tekst, naam)

        partner = PARTNER_KEUZES[self.partner_combo.currentIndex()]
        geboren = self.partner_geboren_edit.text().strip()
        return Wijziging(
            inkomen=bedrag(self.inkomen_edit, "nieuw inkomen"),
            huur=bedrag(self.huur_edit, "nieuwe huur"),
            opvanguren=bedrag(self.uren_edit, "opvanguren"),
            partner=partner,  # type: ignore[arg-type]
            partner_inkomen=bedrag(self.partner_inkomen_edit, "inkomen partner") if partner == "nieuw" else None,
            partner_geboortedatum=(
                parse_datum(geboren, "geboortedatum partner") if partner == "nieuw" and geboren else None
            ),
        )

    def bereken(self) -> None:
        for m in self.velden.values():
            m.verberg()
        self.melding.verberg()
        try:
            wijziging = self.wijziging()
            uitkomsten = proefbereken(self._toeslagen, wijziging, self._vandaag)
        except Validatiefout as fout:
            self.toon_veldfout(fout)
            return
        self.uitkomsten = uitkomsten
        self.model.zet_rijen(uitkomsten)
        if not uitkomsten:
            self._wijziging = None
            self.conclusie.setText(
                self.tr("Deze wijziging raakt geen lopende toeslag van dit jaar. Er verandert dus geen voorschot.")
            )
            self.stappen.model_.zet_rijen(())
            self.opslaan_knop.setEnabled(False)
            return
        self._wijziging = wijziging
        self.conclusie.setText(self._conclusie(uitkomsten))
        self.tabel.kies_eerste()
        self.opslaan_knop.setEnabled(True)

    def _conclusie(self, uitkomsten: Sequence[Proefuitkomst]) -> str:
        terug = sum(
            (u.wat_als.verwachte_afrekening.terug_te_vorderen for u in uitkomsten if u.wat_als is not None),
            Decimal(0),
        )
        if terug > 0:
            return self.tr(
                "Blijft het voorschot gelijk, dan moet de burger later ongeveer %1 terugbetalen. Geef de wijziging "
                "daarom snel door: dan wordt het voorschot aangepast naar het nieuwe bedrag."
            ).replace("%1", formaat.euro(terug))
        bij = sum(
            (u.wat_als.verwachte_afrekening.na_te_betalen for u in uitkomsten if u.wat_als is not None), Decimal(0)
        )
        if bij > 0:
            return self.tr(
                "Blijft het voorschot gelijk, dan krijgt de burger later ongeveer %1 bij. Met de wijziging gaat het "
                "voorschot nu al omhoog."
            ).replace("%1", formaat.euro(bij))
        return self.tr("Deze wijziging leidt niet tot een terugvordering of nabetaling.")

    def _toon_stappen(self, u: Proefuitkomst | None) -> None:
        self.stappen.model_.zet_rijen(() if u is None else u.stappen)

    # --- pass the change on -----------------------------------------------------------------------------------

    def opslaan(self) -> None:
        wijziging = self._wijziging
        if wijziging is None:
            return
        antwoord = QMessageBox.question(
            self,
            self.tr("Wijziging doorgeven"),
            self.tr(
                "De wijziging en de proefberekening worden als contact vastgelegd. De backoffice krijgt een taak "
                "om de wijziging te verwerken. Doorgaan?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if antwoord == QMessageBox.StandardButton.Yes:
            self.geef_door()

    def geef_door(self) -> None:
        """Register the change request (after the confirmation)."""
        wijziging = self._wijziging
        if wijziging is None:
            return
        balie, actor, burger_id, vandaag = self._balie, self._actor, self._burger_id, self._vandaag
        onderwerp = f"Wijziging doorgegeven aan de balie: {wijziging.omschrijving()}"[:200]
        tekst = samenvatting(wijziging, self.uitkomsten)
        self.verstuur(
            lambda: balie.wijziging_doorgeven(
                actor, burger_id, onderwerp=onderwerp, samenvatting=tekst, vandaag=vandaag
            ),
            self._doorgegeven,
            self.tr("De wijziging doorgeven"),
        )

    def _doorgegeven(self, contact: object) -> None:
        self.doorgegeven.emit(contact)
        self.melding.toon(
            Status.OK,
            self.tr(
                "De wijziging is doorgegeven aan de backoffice. Vraag de burger de wijziging ook door te geven "
                "in Mijn toeslagen."
            ),
        )
        self.opslaan_knop.setEnabled(False)
        self._wijziging = None
