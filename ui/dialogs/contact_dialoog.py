"""Registering a contact with a citizen, or correcting one: the first write path of the workstation.

What belongs here: `ContactDialoog`. It collects kanaal, richting, onderwerp, samenvatting, afspraken, "opgelost
in eerste contact" and an optional vervolgactie with a due date, and saves through the TaskRunner
(`Contacten.registreer`, or `Contacten.wijzig` with the version that was read).

What the user typed is never lost:
- a `Validatiefout` is shown next to its field and the form stays as it is;
- a `VerbindingFout` keeps the form open with its content and offers "Opnieuw proberen";
- a `Conflict` (a colleague saved the contact first) shows the colleague's version next to the user's, who
  then takes the colleague's version or saves their own over it (with the new version number);
- closing with unsaved input asks first.

The dialog is window-modal and opened with `open()`; `opgeslagen` carries the saved `ContactRow`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.domain import Contactkanaal, Rol
from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces import Contacten
from models.store.rows import ContactRow, MedewerkerRow, NieuwContact
from models.validatie import Validatiefout
from ui import opmaak as formaat
from ui.dialogs import meldingen
from ui.palet import Kleuren, Status
from ui.resources import icon
from ui.tasks import Taak, TaskRunner
from ui.widgets.bezig import BezigIndicator
from ui.widgets.conflict import ConflictPaneel
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["ContactDialoog", "beschrijf", "standaard_vervaldatum"]

log = logging.getLogger(__name__)

MAX_ONDERWERP = 200


def standaard_vervaldatum(vandaag: dt.date) -> dt.date:
    """Three days on, moved to Monday when that is a weekend day."""
    datum = vandaag + dt.timedelta(days=3)
    while datum.weekday() >= 5:
        datum += dt.timedelta(days=1)
    return datum


class _TekstVeld(QPlainTextEdit):
    """A multi-line field where Tab moves on (as in every other field) instead of typing a tab."""

    def __init__(self, parent: QWidget, regels: int) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        hoogte = self.fontMetrics().lineSpacing() * regels + 12
        self.setMinimumHeight(hoogte)


class ContactDialoog(QDialog):
    """Signals:
    opgeslagen(object): the saved `ContactRow` (new or corrected).
    """

    opgeslagen = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        contacten: Contacten,
        taken: TaskRunner,
        actor: MedewerkerRow,
        burger_id: int,
        burger_naam: str,
        kleuren: Kleuren,
        bestaand: ContactRow | None = None,
        traject_id: int | None = None,
        vandaag: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialoog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._contacten = contacten
        self._taken = taken
        self._actor = actor
        self._burger_id = burger_id
        self._kleuren = kleuren
        self._bestaand = bestaand
        self._traject_id = traject_id
        self._vandaag = vandaag or dt.date.today()  # noqa: DTZ011 - the user's calendar day
        self._versie = bestaand.version if bestaand else 0
        self._taak: Taak | None = None
        self._opgeslagen = False
        self._conflict: dict[str, Any] | None = None
        wijzigen = bestaand is not None
        self.setWindowTitle(
            self.tr("Contact wijzigen – %1").replace("%1", burger_naam)
            if wijzigen
            else self.tr("Contact registreren – %1").replace("%1", burger_naam)
        )
        self.setMinimumWidth(640)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self.opslaan)

        # --- the form ------------------------------------------------------------------------------------
        self.kanaal_combo = QComboBox(self)
        for kanaal in Contactkanaal:
            self.kanaal_combo.addItem(kanaal.label, kanaal)
        self.richting_combo = QComboBox(self)
        self.richting_combo.addItem(self.tr("Inkomend: de burger nam contact op"), "inkomend")
        self.richting_combo.addItem(self.tr("Uitgaand: wij namen contact op"), "uitgaand")
        self.onderwerp_edit = QLineEdit(self)
        self.onderwerp_edit.setMaxLength(MAX_ONDERWERP)
        self.onderwerp_edit.setPlaceholderText(self.tr("Bijvoorbeeld: vraag over terugvordering huurtoeslag 2024"))
        self.samenvatting_edit = _TekstVeld(self, 5)
        self.samenvatting_edit.setPlaceholderText(self.tr("Wat vroeg of meldde de burger, en wat is er uitgelegd?"))
        self.afspraken_edit = _TekstVeld(self, 3)
        self.afspraken_edit.setPlaceholderText(self.tr("Wat is afgesproken, en met wie? (niet verplicht)"))
        self.opgelost_check = QCheckBox(self.tr("Opgelost in het &eerste contact"), self)
        self.vervolg_check = QCheckBox(self.tr("&Vervolgactie aanmaken"), self)
        self.vervolg_edit = QLineEdit(self)
        self.vervolg_edit.setPlaceholderText(self.tr("Bijvoorbeeld: terugbellen over betalingsregeling"))
        self.datum_edit = QDateEdit(self)
        self.datum_edit.setDisplayFormat("dd-MM-yyyy")
        self.datum_edit.setCalendarPopup(True)
        self.datum_edit.setMinimumDate(QDate(self._vandaag.year, self._vandaag.month, self._vandaag.day))
        self.datum_edit.setDate(_qdate(standaard_vervaldatum(self._vandaag)))

        self.veld_meldingen: dict[str, VeldMelding] = {}
        self._velden: dict[str, QWidget] = {
            "kanaal": self.kanaal_combo,
            "richting": self.richting_combo,
            "onderwerp": self.onderwerp_edit,
            "samenvatting": self.samenvatting_edit,
            "afspraken": self.afspraken_edit,
            "vervolgactie": self.vervolg_edit,
            "datum vervolgactie": self.datum_edit,
        }
        namen = {
            "kanaal": self.tr("&Kanaal:"),
            "richting": self.tr("&Richting:"),
            "onderwerp": self.tr("&Onderwerp:"),
            "samenvatting": self.tr("&Samenvatting:"),
            "afspraken": self.tr("&Afspraken:"),
            "vervolgactie": self.tr("&Wat moet er gebeuren:"),
            "datum vervolgactie": self.tr("&Uiterlijk op:"),
        }
        self.formulier_groep = QGroupBox(self)
        self.formulier_groep.setFlat(True)
        formulier = QFormLayout(self.formulier_groep)
        formulier.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        formulier.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for sleutel, veld in self._velden.items():
            label = QLabel(namen[sleutel], self.formulier_groep)
            label.setBuddy(veld)
            veld.setAccessibleName(namen[sleutel].replace("&", "").rstrip(":"))
            melding = VeldMelding(veld, kleuren, self.formulier_groep)
            self.veld_meldingen[sleutel] = melding
            houder = QWidget(self.formulier_groep)
            kolom = QVBoxLayout(houder)
            kolom.setContentsMargins(0, 0, 0, 0)
            kolom.setSpacing(0)
            kolom.addWidget(veld)
            kolom.addWidget(melding)
            if sleutel == "vervolgactie":
                formulier.addRow("", self.opgelost_check)
                formulier.addRow("", self.vervolg_check)
            formulier.addRow(label, houder)
        self.samenvatting_edit.setAccessibleDescription(self.tr("Verplicht."))
        self.onderwerp_edit.setAccessibleDescription(self.tr("Verplicht."))

        # --- the colleague's version (shown on a conflict) ------------------------------------------------
        self.conflict_groep = ConflictPaneel(
            self.tr("Opgeslagen versie van uw collega"),
            self.tr("Versie van &collega overnemen"),
            self.tr("&Mijn versie opslaan"),
            self,
        )
        self.conflict_wie = self.conflict_groep.wie
        self.conflict_onderwerp = QLineEdit(self.conflict_groep)
        self.conflict_onderwerp.setReadOnly(True)
        self.conflict_onderwerp.setAccessibleName(self.tr("Onderwerp van de collega"))
        self.conflict_samenvatting = _TekstVeld(self.conflict_groep, 5)
        self.conflict_samenvatting.setReadOnly(True)
        self.conflict_samenvatting.setAccessibleName(self.tr("Samenvatting van de collega"))
        self.conflict_afspraken = _TekstVeld(self.conflict_groep, 3)
        self.conflict_afspraken.setReadOnly(True)
        self.conflict_afspraken.setAccessibleName(self.tr("Afspraken van de collega"))
        self.overnemen_knop = self.conflict_groep.overnemen_knop
        self.overschrijven_knop = self.conflict_groep.overschrijven_knop
        self.overnemen_knop.clicked.connect(self._neem_versie_collega)
        self.overschrijven_knop.clicked.connect(self._sla_eigen_versie_op)
        self.conflict_groep.voeg_toe(self.tr("Onderwerp:"), self.conflict_onderwerp)
        self.conflict_groep.voeg_toe(self.tr("Samenvatting:"), self.conflict_samenvatting)
        self.conflict_groep.voeg_toe(self.tr("Afspraken:"), self.conflict_afspraken)

        # --- buttons --------------------------------------------------------------------------------------
        self.bezig = BezigIndicator(self.tr("Opslaan…"), self)
        self.knoppen = QDialogButtonBox(self)
        self.opslaan_knop = self.knoppen.addButton(self.tr("Op&slaan"), QDialogButtonBox.ButtonRole.ActionRole)
        self.opslaan_knop.setIcon(icon("opslaan", kleuren.accent))
        sneltoets = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        self.opslaan_knop.setToolTip(self.tr("Opslaan (%1)").replace("%1", sneltoets))
        self.annuleren_knop = self.knoppen.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        for knop in (self.opslaan_knop, self.annuleren_knop):
            knop.setAutoDefault(False)  # Enter in a field must not save half a form
            knop.setDefault(False)
        self.opslaan_knop.clicked.connect(self.opslaan)
        self.knoppen.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.opslaan)

        midden = QHBoxLayout()
        midden.addWidget(self.conflict_groep, 1)
        midden.addWidget(self.formulier_groep, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addLayout(midden, 1)
        onder = QHBoxLayout()
        onder.addWidget(self.bezig, 1)
        onder.addWidget(self.knoppen)
        layout.addLayout(onder)

        self.setTabOrder(self.kanaal_combo, self.richting_combo)
        self.setTabOrder(self.richting_combo, self.onderwerp_edit)
        self.setTabOrder(self.onderwerp_edit, self.samenvatting_edit)
        self.setTabOrder(self.samenvatting_edit, self.afspraken_edit)
        self.setTabOrder(self.afspraken_edit, self.opgelost_check)
        self.setTabOrder(self.opgelost_check, self.vervolg_check)
        self.setTabOrder(self.vervolg_check, self.vervolg_edit)
        self.setTabOrder(self.vervolg_edit, self.datum_edit)
        self.setTabOrder(self.datum_edit, self.opslaan_knop)
        self.setTabOrder(self.opslaan_knop, self.annuleren_knop)

        self.vervolg_check.toggled.connect(self._on_vervolg)
        for sleutel, veld in self._velden.items():
            verberg: Callable[..., None] = lambda *_a, s=sleutel: self.veld_meldingen[s].verberg()  # noqa: E731
            if isinstance(veld, QLineEdit):
                veld.textEdited.connect(verberg)
            elif isinstance(veld, QPlainTextEdit):
                veld.textChanged.connect(verberg)
            elif isinstance(veld, QDateEdit):
                veld.dateChanged.connect(verberg)
        self._vul_in(bestaand, actor)
        self._begin = self._waarden()

    # --- state -------------------------------------------------------------------------------------------

    def _vul_in(self, bestaand: ContactRow | None, actor: MedewerkerRow) -> None:
        if bestaand is None:
            standaard = Contactkanaal.BALIE if actor.rol == Rol.BALIE else Contactkanaal.TELEFOON
            self.kanaal_combo.setCurrentIndex(self.kanaal_combo.findData(standaard))
            self._on_vervolg(False)
            self.kanaal_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.kanaal_combo.setCurrentIndex(self.kanaal_combo.findData(bestaand.kanaal))
        self.richting_combo.setCurrentIndex(self.richting_combo.findData(bestaand.richting))
        self.onderwerp_edit.setText(bestaand.onderwerp)
        self.samenvatting_edit.setPlainText(bestaand.samenvatting)
        self.afspraken_edit.setPlainText(bestaand.afspraken or "")
        self.opgelost_check.setChecked(bestaand.opgelost_in_eerste_contact)
        # a correction changes the text only: channel, direction and the follow-up were registered as they were
        for veld in (self.kanaal_combo, self.richting_combo, self.opgelost_check):
            veld.setEnabled(False)
        for veld in (self.vervolg_check, self.vervolg_edit, self.datum_edit):
            veld.setVisible(False)
        self.formulier_groep.layout().labelForField(self.vervolg_edit.parentWidget()).setVisible(False)
        self.formulier_groep.layout().labelForField(self.datum_edit.parentWidget()).setVisible(False)
        self.onderwerp_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _waarden(self) -> tuple[object, ...]:
        return (
            self.kanaal_combo.currentData(),
            self.richting_combo.currentData(),
            self.onderwerp_edit.text(),
            self.samenvatting_edit.toPlainText(),
            self.afspraken_edit.toPlainText(),
            self.opgelost_check.isChecked(),
            self.vervolg_check.isChecked(),
            self.vervolg_edit.text() if self.vervolg_check.isChecked() else "",
            self.datum_edit.date().toString("yyyy-MM-dd") if self.vervolg_check.isChecked() else "",
        )

    def heeft_wijzigingen(self) -> bool:
        """True while there is typed input that was not saved."""
        return not self._opgeslagen and self._waarden() != self._begin

    @property
    def bezig_met_opslaan(self) -> bool:
        return self._taak is not None

    @property
    def versie(self) -> int:
        return self._versie

    def _on_vervolg(self, aan: bool) -> None:
        self.vervolg_edit.setEnabled(aan)
        self.datum_edit.setEnabled(aan)
        if not aan:
            self.veld_meldingen["vervolgactie"].verberg()
            self.veld_meldingen["datum vervolgactie"].verberg()

    def _zet_bezig(self, bezig: bool) -> None:
        self.bezig.zet_actief(bezig)
        self.opslaan_knop.setEnabled(not bezig)
        self.overschrijven_knop.setEnabled(not bezig)
        self.overnemen_knop.setEnabled(not bezig)
        for veld in (self.onderwerp_edit, self.vervolg_edit):
            veld.setReadOnly(bezig)
        for tekst in (self.samenvatting_edit, self.afspraken_edit):
            tekst.setReadOnly(bezig)

    # --- saving ------------------------------------------------------------------------------------------

    def _controleer_verplicht(self) -> bool:
        """Empty required fields are marked all at once, before anything goes to the store."""
        leeg: list[str] = []
        if not self.onderwerp_edit.text().strip():
            leeg.append("onderwerp")
        if not self.samenvatting_edit.toPlainText().strip():
            leeg.append("samenvatting")
        if self.vervolg_check.isChecked() and not self.vervolg_edit.text().strip():
            leeg.append("vervolgactie")
        for sleutel in leeg:
            self.veld_meldingen[sleutel].toon(
                self.tr("Vul dit veld in; het is verplicht")
                if sleutel != "vervolgactie"
                else self.tr("Beschrijf de vervolgactie, of zet het vinkje bij 'Vervolgactie aanmaken' uit")
            )
        if leeg:
            self._velden[leeg[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        return not leeg

    def opslaan(self) -> None:
        """Validate what can be checked here, then save in the background."""
        if self._taak is not None or self._opgeslagen:
            return
        self.melding.verberg()
        for melding in self.veld_meldingen.values():
            melding.verberg()
        if not self._controleer_verplicht():
            return
        onderwerp = self.onderwerp_edit.text()
        samenvatting = self.samenvatting_edit.toPlainText()
        afspraken = self.afspraken_edit.toPlainText().strip() or None
        contacten = self._contacten
        actor = self._actor
        functie: Callable[[], ContactRow]
        if self._bestaand is not None:
            contact_id = self._bestaand.id
            versie = self._versie

            def functie() -> ContactRow:
                return contacten.wijzig(
                    actor, contact_id, versie, onderwerp=onderwerp, samenvatting=samenvatting, afspraken=afspraken
                )
        else:
            vervolg = self.vervolg_check.isChecked()
            q = self.datum_edit.date()
            nieuw = NieuwContact(
                burger_id=self._burger_id,
                kanaal=Contactkanaal(self.kanaal_combo.currentData()),
                onderwerp=onderwerp,
                samenvatting=samenvatting,
                afspraken=afspraken,
                richting=str(self.richting_combo.currentData()),
                opgelost_in_eerste_contact=self.opgelost_check.isChecked(),
                traject_id=self._traject_id,
                taak_omschrijving=self.vervolg_edit.text() if vervolg else None,
                taak_vervaldatum=dt.date(q.year(), q.month(), q.day()) if vervolg else None,
            )

            def functie() -> ContactRow:
                return contacten.registreer(actor, nieuw)

        self._zet_bezig(True)
        self._taak = self._taken.submit(functie, self._on_opgeslagen, self._on_fout, context=self)

    def _on_opgeslagen(self, contact: ContactRow) -> None:
        self._taak = None
        self._zet_bezig(False)
        self._opgeslagen = True
        self.opgeslagen.emit(contact)
        self.accept()

    def _on_fout(self, fout: BaseException) -> None:
        self._taak = None
        self._zet_bezig(False)
        if isinstance(fout, Validatiefout):
            melding = self.veld_meldingen.get(fout.veld)
            if melding is not None and self._velden[fout.veld].isVisible():
                melding.toon(fout.melding)
                self._velden[fout.veld].setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.melding.toon_fout(eerste_hoofdletter(f"{fout.veld}: {fout.melding}"), opnieuw=False)
        elif isinstance(fout, Conflict):
            self._toon_conflict(fout)
        elif isinstance(fout, VerbindingFout):
            tekst = fout.melding
            if fout.schrijfactie and fout.vastgelegd is None:
                tekst += " " + self.tr("Het is niet zeker of het contact al is opgeslagen; controleer de tijdlijn.")
            self.melding.toon_fout(tekst, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden | OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        else:
            log.error("Contact opslaan mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("Er ging iets mis bij het opslaan. Uw invoer is bewaard; de details staan in het logbestand."),
                opnieuw=True,
            )

    # --- conflict ----------------------------------------------------------------------------------------

    def _toon_conflict(self, conflict: Conflict) -> None:
        if conflict.huidig is None:
            self.melding.toon_fout(conflict.melding, opnieuw=False)
            return
        self._conflict = conflict.huidig
        wie = conflict.gewijzigd_door or self.tr("een collega")
        self.conflict_wie.setText(
            self.tr(
                "%1 heeft dit contact opgeslagen nadat u het opende. Hieronder staat die versie; rechts staat "
                "uw eigen invoer, die bewaard is."
            ).replace("%1", wie[0].upper() + wie[1:])
        )
        self.conflict_onderwerp.setText(str(conflict.huidig.get("onderwerp") or ""))
        self.conflict_samenvatting.setPlainText(str(conflict.huidig.get("samenvatting") or ""))
        self.conflict_afspraken.setPlainText(str(conflict.huidig.get("afspraken") or ""))
        self.formulier_groep.setTitle(self.tr("Uw versie (nog niet opgeslagen)"))
        self.formulier_groep.setFlat(False)
        self.conflict_groep.show()
        self.resize(max(self.width(), 1120), max(self.height(), 560))  # room for both versions side by side
        self.melding.toon(Status.AANDACHT, conflict.melding)
        self.overnemen_knop.setFocus(Qt.FocusReason.OtherFocusReason)

    def _verberg_conflict(self) -> None:
        self.conflict_groep.hide()
        self.formulier_groep.setTitle("")
        self.formulier_groep.setFlat(True)
        self.melding.verberg()

    def _neem_versie_collega(self) -> None:
        """Replace the form with the colleague's saved text (the user's own text is thrown away on purpose)."""
        if self._conflict is None:
            return
        self.onderwerp_edit.setText(str(self._conflict.get("onderwerp") or ""))
        self.samenvatting_edit.setPlainText(str(self._conflict.get("samenvatting") or ""))
        self.afspraken_edit.setPlainText(str(self._conflict.get("afspraken") or ""))
        self._versie = int(self._conflict["version"])
        self._conflict = None
        self._begin = self._waarden()
        self._verberg_conflict()
        self.onderwerp_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sla_eigen_versie_op(self) -> None:
        """Save the user's text over the colleague's, knowingly: with the version the colleague made."""
        if self._conflict is None:
            return
        self._versie = int(self._conflict["version"])
        self._conflict = None
        self._verberg_conflict()
        self.opslaan()

    # --- closing -----------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._taak is not None:
            return  # a save is on its way; its answer decides
        if self.heeft_wijzigingen() and not meldingen.bevestig_weggooien(self):
            return
        super().reject()


def _qdate(datum: dt.date) -> QDate:
    return QDate(datum.year, datum.month, datum.day)


def beschrijf(contact: ContactRow) -> str:
    """One line for a status message after saving."""
    return f"{contact.kanaal.label}, {formaat.moment(contact.moment)}: {contact.onderwerp}"
