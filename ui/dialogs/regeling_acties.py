"""The actions on a running payment arrangement, each a small form dialog: record a payment, a missed instalment
(a free reminder first), pause, resume, extend, add a claim, recalculate the capacity, stop.

What belongs here: `RegelingActieDialoog`, the shared behaviour, and one subclass per action. Like the contact
dialog (the model for form dialogs):
- the dialog is the confirmation: it says in plain Dutch what will happen (and, for destructive actions, asks
  for an explicit tick) before anything is written;
- every write goes through the TaskRunner with the arrangement's version as it was read (optimistic locking);
- a `Validatiefout` is shown at its field and the form keeps what was typed;
- a `VerbindingFout` keeps the form open and offers "Opnieuw proberen";
- a `Conflict` (a colleague changed the arrangement first) shows the arrangement as it is now next to the
  user's own input (`ConflictPaneel`): take the new state and decide again, or knowingly carry out one's own
  action on the new version. Nothing typed is lost.

`uitgevoerd(object)` carries the service's answer (`RegelingDetail`, `BetalingUitkomst` or `VoorstelUitkomst`);
`conflict_gezien` asks the view to reload the arrangement.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.calc.invordering_basis import maand_later
from models.domain import RegelingStatus, TermijnStatus
from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_regelingen import Regelingen
from models.store.rows import MedewerkerRow, TermijnRow
from models.store.rows_regelingen import RegelingDetail, VorderingOverzicht
from models.validatie import Validatiefout, parse_bedrag
from ui import opmaak as formaat
from ui.dialogs import meldingen
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.regelingen import VorderingKeuzeModel
from ui.resources import icon
from ui.tasks import Taak, TaskRunner
from ui.views.regelingen.capaciteit import CapaciteitFormulier
from ui.weergave import label
from ui.widgets.bezig import BezigIndicator
from ui.widgets.conflict import ConflictPaneel
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = [
    "HERINNERING_DAGEN",
    "BetalingDialoog",
    "GemistDialoog",
    "HerberekenDialoog",
    "HervatDialoog",
    "PauzeDialoog",
    "RegelingActieDialoog",
    "StopDialoog",
    "ToevoegenDialoog",
    "VerlengDialoog",
    "capaciteit_uit_regeling",
    "gemist_mogelijk",
]

log = logging.getLogger(__name__)

HERINNERING_DAGEN = 14
"""The free reminder's new date is two weeks later (RULES §3.2; the store's rule, shown here beforehand)."""


def _qdate(datum: dt.date) -> QDate:
    return QDate(datum.year, datum.month, datum.day)


def _datum(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _bedrag_tekst(bedrag: Decimal) -> str:
    """An amount as the user would type it: '1.234,56' (no euro sign)."""
    return formaat.euro(bedrag).replace("€", "").strip()


def capaciteit_uit_regeling(detail: RegelingDetail) -> Capaciteitsinvoer | None:
    """The capacity entered for the arrangement before (stored with it as JSON), to start a recalculation from."""
    data = dict(detail.regeling.capaciteit or {}).get("invoer")
    if not data:
        return None
    try:
        return Capaciteitsinvoer(
            leefsituatie=Leefsituatie(data["leefsituatie"]),
            auto_onmisbaar=bool(data.get("auto_onmisbaar", False)),
            opzet_of_grove_schuld=bool(data.get("opzet_of_grove_schuld", False)),
            **{n: Decimal(str(data[n])) for n in Capaciteitsinvoer.velden() if data.get(n) is not None},
        )
    except (KeyError, ValueError, ArithmeticError):
        return None


def gemist_mogelijk(termijn: TermijnRow, vandaag: dt.date) -> tuple[bool, str]:
    """Whether 'Termijn gemist' applies to this termijn today, and if not, why (in Dutch)."""
    if termijn.status in (TermijnStatus.OPEN.value, TermijnStatus.DEELS_BETAALD.value):
        if termijn.vervaldatum >= vandaag:
            return False, (
                f"Termijn {termijn.volgnummer} kan nog tot en met {formaat.datum(termijn.vervaldatum)} worden "
                "betaald; er is nog niets gemist."
            )
        return True, ""
    if termijn.status == TermijnStatus.HERINNERD.value:
        if termijn.nieuwe_vervaldatum is not None and vandaag <= termijn.nieuwe_vervaldatum:
            return False, (
                f"De burger heeft een herinnering gekregen en kan nog tot en met "
                f"{formaat.datum(termijn.nieuwe_vervaldatum)} betalen."
            )
        return True, ""
    return False, f"Termijn {termijn.volgnummer} is {label(TermijnStatus, termijn.status)}."


class _TekstVeld(QPlainTextEdit):
    """A multi-line field where Tab moves on."""

    def __init__(self, parent: QWidget, regels: int) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * regels + 12)


class RegelingActieDialoog(QDialog):
    """The shared form behaviour of the arrangement actions (see the module docstring).

    Subclasses set `TITEL`, `KNOP`, `BEZIG` (and `GEVAARLIJK` for destructive ones), build their fields in
    `_bouw()` with `voeg_veld_toe()`, and return the store call in `_functie(versie)`.

    Signals:
        uitgevoerd(object): the service's answer; the dialog then closes.
        conflict_gezien: a colleague changed the arrangement (the view reloads it).
    """

    uitgevoerd = Signal(object)
    conflict_gezien = Signal()

    TITEL = "Betalingsregeling"
    KNOP = "&Uitvoeren"
    BEZIG = "Bezig…"
    GEVAARLIJK = False

    def __init__(
        self,
        parent: QWidget | None,
        *,
        dienst: Regelingen,
        runner: TaskRunner,
        actor: MedewerkerRow,
        detail: RegelingDetail,
        kleuren: Kleuren,
        vandaag: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._dienst = dienst
        self._runner = runner
        self._actor = actor
        self._detail = detail
        self._kleuren = kleuren
        self._vandaag = vandaag
        self._versie = detail.version
        self._taak: Taak | None = None
        self._klaar = False
        self.setWindowTitle(self.tr(self.TITEL) + " – " + self.tr("regeling %1").replace("%1", str(detail.id)))
        self.setMinimumWidth(560)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self.uitvoeren)
        self.uitleg = QLabel(self)
        self.uitleg.setWordWrap(True)
        self.uitleg.setTextFormat(Qt.TextFormat.PlainText)
        self.uitleg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formulier_groep = QGroupBox(self)
        self.formulier_groep.setFlat(True)
        self.formulier = QFormLayout(self.formulier_groep)
        self.formulier.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formulier.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.veld_meldingen: dict[str, VeldMelding] = {}
        self.velden: dict[str, QWidget] = {}
        self._veldnamen: dict[str, str] = {}  # the service's field name → our key

        # --- the arrangement as it is now (shown on a conflict) -----------------------------------------------
        self.conflict = ConflictPaneel(
            self.tr("De regeling zoals die nu is opgeslagen"),
            self.tr("Nieuwe stand &overnemen"),
            self.tr("Mijn actie toch &uitvoeren"),
            self,
        )
        self.conflict_status = QLabel(self.conflict)
        self.conflict_termijn = QLabel(self.conflict)
        self.conflict_aantal = QLabel(self.conflict)
        self.conflict_pauze = QLabel(self.conflict)
        self.conflict.voeg_toe(self.tr("Status:"), self.conflict_status)
        self.conflict.voeg_toe(self.tr("Per termijn:"), self.conflict_termijn)
        self.conflict.voeg_toe(self.tr("Termijnen:"), self.conflict_aantal)
        self.conflict.voeg_toe(self.tr("Betaalpauze:"), self.conflict_pauze)
        self.conflict.overnemen_knop.clicked.connect(self._neem_nieuwe_stand)
        self.conflict.overschrijven_knop.clicked.connect(self._voer_toch_uit)

        # --- buttons -----------------------------------------------------------------------------------------
        self.bezig = BezigIndicator(self.tr(self.BEZIG), self)
        self.knoppen = QDialogButtonBox(self)
        self.uitvoer_knop = self.knoppen.addButton(self.tr(self.KNOP), QDialogButtonBox.ButtonRole.ActionRole)
        self.uitvoer_knop.setIcon(icon("waarschuwing" if self.GEVAARLIJK else "opslaan", kleuren.accent))
        sneltoets = QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)
        self.uitvoer_knop.setToolTip(self.tr(self.KNOP).replace("&", "") + f" ({sneltoets})")
        self.annuleren_knop = self.knoppen.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        for knop in (self.uitvoer_knop, self.annuleren_knop):
            knop.setAutoDefault(False)
            knop.setDefault(False)
        self.uitvoer_knop.clicked.connect(self.uitvoeren)
        self.knoppen.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.uitvoeren)

        self._bouw()
        if self.formulier.rowCount() == 0:
            self.formulier_groep.hide()

        midden = QHBoxLayout()
        midden.addWidget(self.conflict, 1)
        midden.addWidget(self.formulier_groep, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addWidget(self.uitleg)
        layout.addLayout(midden, 1)
        onder = QHBoxLayout()
        onder.addWidget(self.bezig, 1)
        onder.addWidget(self.knoppen)
        layout.addLayout(onder)
        self._begin = self._waarden()
        eerste = next(iter(self.velden.values()), None)
        (eerste or self.uitvoer_knop).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building (subclasses) ---------------------------------------------------------------------------

    def _bouw(self) -> None:
        raise NotImplementedError

    def _functie(self, versie: int) -> Callable[[], Any]:
        """The store call to run with `versie`; may raise `Validatiefout` for what is checked here first."""
        raise NotImplementedError

    def voeg_veld_toe(self, sleutel: str, tekst: str, veld: QWidget, *, service_namen: Sequence[str] = ()) -> None:
        """A labelled field with its message below it; `service_namen` are the service's names for the field."""
        label_ = QLabel(self.tr(tekst), self.formulier_groep)
        label_.setBuddy(veld)
        if not veld.accessibleName():
            veld.setAccessibleName(self.tr(tekst).replace("&", "").rstrip(":"))
        melding = VeldMelding(veld, self._kleuren, self.formulier_groep)
        houder = QWidget(self.formulier_groep)
        kolom = QVBoxLayout(houder)
        kolom.setContentsMargins(0, 0, 0, 0)
        kolom.setSpacing(0)
        kolom.addWidget(veld)
        kolom.addWidget(melding)
        self.formulier.addRow(label_, houder)
        self.velden[sleutel] = veld
        self.veld_meldingen[sleutel] = melding
        for naam in (sleutel, *service_namen):
            self._veldnamen[naam] = sleutel
        if isinstance(veld, QLineEdit):
            veld.textEdited.connect(lambda *_a, s=sleutel: self.veld_meldingen[s].verberg())
        elif isinstance(veld, QPlainTextEdit):
            veld.textChanged.connect(lambda s=sleutel: self.veld_meldingen[s].verberg())
        elif isinstance(veld, QDateEdit):
            veld.dateChanged.connect(lambda *_a, s=sleutel: self.veld_meldingen[s].verberg())
        elif isinstance(veld, QSpinBox):
            veld.valueChanged.connect(lambda *_a, s=sleutel: self.veld_meldingen[s].verberg())
        elif isinstance(veld, QCheckBox):
            veld.toggled.connect(lambda *_a, s=sleutel: self.veld_meldingen[s].verberg())

    def motivatie_veld(self, *, verplicht: bool, hint: str) -> _TekstVeld:
        veld = _TekstVeld(self.formulier_groep, 3)
        veld.setPlaceholderText(self.tr(hint))
        veld.setAccessibleDescription(self.tr("Verplicht.") if verplicht else self.tr("Niet verplicht."))
        self.voeg_veld_toe(
            "motivatie",
            "&Motivatie (verplicht):" if verplicht else "&Motivatie:",
            veld,
            service_namen=("motivatie",),
        )
        return veld

    def datum_veld(
        self, datum: dt.date, *, minimum: dt.date | None = None, maximum: dt.date | None = None
    ) -> QDateEdit:
        veld = QDateEdit(self.formulier_groep)
        veld.setDisplayFormat("dd-MM-yyyy")
        veld.setCalendarPopup(True)
        if minimum is not None:
            veld.setMinimumDate(_qdate(minimum))
        if maximum is not None:
            veld.setMaximumDate(_qdate(maximum))
        veld.setDate(_qdate(datum))
        return veld

    # --- state -------------------------------------------------------------------------------------------

    @property
    def versie(self) -> int:
        return self._versie

    def _waarden(self) -> tuple[object, ...]:
        uit: list[object] = []
        for veld in self.velden.values():
            if isinstance(veld, QLineEdit):
                uit.append(veld.text())
            elif isinstance(veld, QPlainTextEdit):
                uit.append(veld.toPlainText())
            elif isinstance(veld, QDateEdit):
                uit.append(veld.date().toString("yyyy-MM-dd"))
            elif isinstance(veld, QSpinBox):
                uit.append(veld.value())
            elif isinstance(veld, QCheckBox):
                uit.append(veld.isChecked())
        return tuple(uit)

    def heeft_wijzigingen(self) -> bool:
        return not self._klaar and self._waarden() != self._begin

    def _zet_bezig(self, bezig: bool) -> None:
        self.bezig.zet_actief(bezig)
        self.uitvoer_knop.setEnabled(not bezig)
        self.conflict.zet_bezig(bezig)
        self.formulier_groep.setEnabled(not bezig)

    # --- carrying out ------------------------------------------------------------------------------------

    def uitvoeren(self) -> None:
        if self._taak is not None or self._klaar:
            return
        self.melding.verberg()
        for melding in self.veld_meldingen.values():
            melding.verberg()
        try:
            functie = self._functie(self._versie)
        except Validatiefout as fout:
            self._toon_validatie(fout)
            return
        self._zet_bezig(True)
        self._taak = self._runner.submit(functie, self._on_klaar, self._on_fout, context=self)

    def _on_klaar(self, uitkomst: Any) -> None:
        self._taak = None
        self._zet_bezig(False)
        self._klaar = True
        self.uitgevoerd.emit(uitkomst)
        self.accept()

    def _on_fout(self, fout: BaseException) -> None:
        self._taak = None
        self._zet_bezig(False)
        if isinstance(fout, Validatiefout):
            self._toon_validatie(fout)
        elif isinstance(fout, Conflict):
            self._toon_conflict(fout)
        elif isinstance(fout, VerbindingFout):
            tekst = fout.melding
            if fout.schrijfactie and fout.vastgelegd is None:
                tekst += " " + self.tr(
                    "Het is niet zeker of dit al is vastgelegd; kijk na het vernieuwen bij de termijnen voordat u het "
                    "opnieuw probeert."
                )
            self.melding.toon_fout(tekst, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden | OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        else:
            log.error("Actie op betalingsregeling mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("Er ging iets mis. Uw invoer is bewaard; de details staan in het logbestand."),
                opnieuw=True,
            )

    def _toon_validatie(self, fout: Validatiefout) -> None:
        sleutel = self._veldnamen.get(fout.veld)
        if sleutel is None and fout.veld.startswith("capaciteit"):
            sleutel = self._veldnamen.get("capaciteit")
        if sleutel is not None and self.velden[sleutel].isVisible():
            self.veld_meldingen[sleutel].toon(fout.melding)
            self.velden[sleutel].setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self._toon_eigen_veldfout(fout):
            self.melding.toon_fout(eerste_hoofdletter(fout.melding), opnieuw=False)

    def _toon_eigen_veldfout(self, fout: Validatiefout) -> bool:
        """Subclasses with fields of their own (the capacity form) show a message there; True when shown."""
        return False

    # --- conflict ----------------------------------------------------------------------------------------

    def _toon_conflict(self, conflict: Conflict) -> None:
        self.conflict_gezien.emit()
        if conflict.huidig is None:
            self.melding.toon_fout(conflict.melding, opnieuw=False)
            return
        huidig = conflict.huidig
        self._conflict_versie = int(huidig["version"])
        wie = conflict.gewijzigd_door or self.tr("een collega")
        self.conflict.zet_wie(
            self.tr("%1 heeft deze regeling gewijzigd nadat u haar opende. Zo staat ze nu:").replace(
                "%1", wie[0].upper() + wie[1:]
            )
        )
        self.conflict_status.setText(label(RegelingStatus, str(huidig.get("status"))))
        cent = huidig.get("termijnbedrag_cent")
        self.conflict_termijn.setText("–" if cent is None else formaat.euro(Decimal(int(cent)) / 100))
        self.conflict_aantal.setText(str(huidig.get("aantal_termijnen", "–")))
        pauze_tot = huidig.get("pauze_tot")
        self.conflict_pauze.setText(
            self.tr("tot %1").replace("%1", formaat.datum(_als_datum(pauze_tot))) if pauze_tot else self.tr("geen")
        )
        self.formulier_groep.setTitle(self.tr("Uw invoer (nog niet uitgevoerd)"))
        self.formulier_groep.setFlat(False)
        self.formulier_groep.show()
        self.conflict.show()
        self.conflict.setMinimumWidth(440)
        self.conflict.setMinimumHeight(self.conflict.sizeHint().height())
        self.resize(max(self.width(), 1040), max(self.height(), self.sizeHint().height()))
        self.melding.toon(Status.AANDACHT, conflict.melding)
        self.conflict.overnemen_knop.setFocus(Qt.FocusReason.OtherFocusReason)

    def _verberg_conflict(self) -> None:
        self.conflict.hide()
        self.formulier_groep.setTitle("")
        self.formulier_groep.setFlat(True)
        if self.formulier.rowCount() == 0:
            self.formulier_groep.hide()
        self.melding.verberg()

    def _neem_nieuwe_stand(self) -> None:
        """Continue from the arrangement as it is now: the new version; the input stays for the user to check."""
        self._versie = self._conflict_versie
        self._verberg_conflict()
        self.melding.toon(
            Status.INFO,
            self.tr("U werkt nu met de nieuwe stand van de regeling. Controleer uw invoer en voer de actie uit."),
        )

    def _voer_toch_uit(self) -> None:
        """Carry out the user's own action on the new version, knowingly."""
        self._versie = self._conflict_versie
        self._verberg_conflict()
        self.uitvoeren()

    # --- closing -----------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._taak is not None:
            return  # the answer is on its way; it decides
        if self.heeft_wijzigingen() and not meldingen.bevestig_weggooien(self):
            return
        super().reject()


def _als_datum(waarde: object) -> dt.date | None:
    if isinstance(waarde, dt.date):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde)[:10])
    except ValueError:
        return None


# --- the actions ----------------------------------------------------------------------------------------------


class BetalingDialoog(RegelingActieDialoog):
    TITEL = "Betaling registreren"
    KNOP = "Betaling &registreren"
    BEZIG = "Betaling registreren…"

    def _bouw(self) -> None:
        volgende = self._detail.volgende_termijn
        if volgende is not None:
            open_ = volgende.bedrag - volgende.betaald
            datum = volgende.nieuwe_vervaldatum or volgende.vervaldatum
            self.uitleg.setText(
                self.tr(
                    "Volgende termijn: nr. %1, %2 op %3. De betaling gaat eerst naar kosten, dan naar rente, dan naar "
                    "de hoofdsom. Wat meer is betaald, gaat naar de volgende termijnen."
                )
                .replace("%1", str(volgende.volgnummer))
                .replace("%2", formaat.euro(open_))
                .replace("%3", formaat.datum(datum))
            )
        self.bedrag_edit = QLineEdit(self.formulier_groep)
        self.bedrag_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.bedrag_edit.setMaximumWidth(160)
        self.bedrag_edit.setPlaceholderText("0,00")
        if volgende is not None:
            self.bedrag_edit.setText(_bedrag_tekst(volgende.bedrag - volgende.betaald))
        self.datum_edit = self.datum_veld(self._vandaag, maximum=self._vandaag)
        self.voeg_veld_toe("bedrag", "&Bedrag ontvangen:", self.bedrag_edit)
        self.voeg_veld_toe("betaaldatum", "Betaal&datum:", self.datum_edit)

    def _functie(self, versie: int) -> Callable[[], Any]:
        bedrag = parse_bedrag(self.bedrag_edit.text(), "bedrag", mag_nul=False)
        datum = _datum(self.datum_edit.date())
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.registreer_betaling(
            actor, regeling_id, versie, bedrag, betaaldatum=datum, vandaag=vandaag
        )


class GemistDialoog(RegelingActieDialoog):
    """A missed instalment: first a free reminder with a new date; only after that date the arrangement lapses."""

    TITEL = "Termijn niet betaald"
    KNOP = "&Herinnering vastleggen"
    BEZIG = "Vastleggen…"

    def __init__(self, parent: QWidget | None, *, termijn: TermijnRow, **kwargs: Any) -> None:
        self._termijn = termijn
        self._herinnering = termijn.status != TermijnStatus.HERINNERD.value
        if not self._herinnering:
            self.KNOP = "Termijn als &gemist vastleggen"
            self.GEVAARLIJK = True
        super().__init__(parent, **kwargs)

    @property
    def is_herinnering(self) -> bool:
        return self._herinnering

    def _bouw(self) -> None:
        t = self._termijn
        if self._herinnering:
            nieuwe = self._vandaag + dt.timedelta(days=HERINNERING_DAGEN)
            self.uitleg.setText(
                self.tr(
                    "Termijn %1 van %2 (vervaldatum %3) is niet of niet helemaal betaald.\n\n"
                    "De burger krijgt eerst een gratis herinnering met een nieuwe betaaldatum: %4. De regeling loopt "
                    "gewoon door. Pas als ook die datum voorbij is zonder betaling, kunt u de termijn als gemist "
                    "vastleggen."
                )
                .replace("%1", str(t.volgnummer))
                .replace("%2", formaat.euro(t.bedrag - t.betaald))
                .replace("%3", formaat.datum(t.vervaldatum))
                .replace("%4", formaat.datum(nieuwe))
            )
            return
        self.uitleg.setText(
            self.tr(
                "Termijn %1 is ook na de herinnering (nieuwe betaaldatum %2) niet betaald.\n\n"
                "Als u dit vastlegt, vervalt de betalingsregeling: de termijnen die nog open staan vervallen, de "
                "vorderingen staan weer open en de begeleider krijgt een taak om contact op te nemen. Daarna is een "
                "nieuwe regeling mogelijk."
            )
            .replace("%1", str(t.volgnummer))
            .replace("%2", formaat.datum(t.nieuwe_vervaldatum or t.vervaldatum))
        )
        self.zeker_check = QCheckBox(
            self.tr("Ik heb gecontroleerd dat er geen betaling is binnengekomen"), self.formulier_groep
        )
        self.voeg_veld_toe("zeker", "Controle:", self.zeker_check)

    def _functie(self, versie: int) -> Callable[[], Any]:
        if not self._herinnering and not self.zeker_check.isChecked():
            raise Validatiefout("zeker", "vink aan dat u heeft gecontroleerd of er toch is betaald")
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        termijn_id = self._termijn.id
        return lambda: dienst.verwerk_gemiste_termijn(actor, regeling_id, versie, termijn_id, vandaag=vandaag)


class PauzeDialoog(RegelingActieDialoog):
    TITEL = "Betaalpauze voorstellen"
    KNOP = "&Pauze voorstellen"
    BEZIG = "Voorstel opslaan…"

    def _bouw(self) -> None:
        volgende = self._detail.volgende_termijn
        begin = self._vandaag
        if volgende is not None:
            begin = max(self._vandaag, volgende.nieuwe_vervaldatum or volgende.vervaldatum)
        self.uitleg.setText(
            self.tr(
                "Tijdens een betaalpauze betaalt de burger niets; de termijnen daarna schuiven op en de rente loopt "
                "door. Een pauze valt altijd buiten het beleid: een supervisor beoordeelt uw voorstel (Beoordelen)."
            )
        )
        self.maanden_spin = QSpinBox(self.formulier_groep)
        self.maanden_spin.setRange(1, 24)
        self.maanden_spin.setValue(2)
        self.maanden_spin.setSuffix(self.tr(" maanden"))
        self.vanaf_edit = self.datum_veld(begin, minimum=self._vandaag)
        self.einde_label = QLabel(self.formulier_groep)
        self.einde_label.setObjectName("zacht")
        self.voeg_veld_toe("vanaf", "Pauze &vanaf:", self.vanaf_edit)
        self.voeg_veld_toe("maanden", "&Duur:", self.maanden_spin, service_namen=("pauze",))
        self.formulier.addRow(self.tr("Einddatum:"), self.einde_label)
        self.motivatie_edit = self.motivatie_veld(
            verplicht=True, hint="Waarom heeft de burger een pauze nodig? De supervisor leest dit."
        )
        self.maanden_spin.valueChanged.connect(self._werk_einde_bij)
        self.vanaf_edit.dateChanged.connect(self._werk_einde_bij)
        self._werk_einde_bij()

    def _werk_einde_bij(self) -> None:
        vanaf = _datum(self.vanaf_edit.date())
        tot = maand_later(vanaf, self.maanden_spin.value())
        self.einde_label.setText(
            self.tr("de pauze loopt tot %1; daarna betaalt de burger weer").replace("%1", formaat.datum(tot))
        )
        self.einde_label.setAccessibleName(self.einde_label.text())

    def _functie(self, versie: int) -> Callable[[], Any]:
        motivatie = self.motivatie_edit.toPlainText().strip()
        if not motivatie:
            raise Validatiefout("motivatie", "leg uit waarom de pauze nodig is; de supervisor beslist erop")
        maanden = self.maanden_spin.value()
        vanaf = _datum(self.vanaf_edit.date())
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.pauzeer(actor, regeling_id, versie, maanden, motivatie, vandaag=vandaag, vanaf=vanaf)


class HervatDialoog(RegelingActieDialoog):
    TITEL = "Pauze beëindigen"
    KNOP = "Pauze &beëindigen"
    BEZIG = "Vastleggen…"

    def _bouw(self) -> None:
        tot = self._detail.regeling.pauze_tot
        self.uitleg.setText(
            self.tr(
                "De betaalpauze loopt tot %1. Als u haar nu beëindigt, kan de burger vanaf vandaag weer betalen; het "
                "schema blijft zoals het is."
            ).replace("%1", formaat.datum(tot) if tot else "–")
        )

    def _functie(self, versie: int) -> Callable[[], Any]:
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.hervat(actor, regeling_id, versie, vandaag=vandaag)


class VerlengDialoog(RegelingActieDialoog):
    TITEL = "Looptijd verlengen"
    KNOP = "&Verlengen"
    BEZIG = "Verlengen…"

    def _bouw(self) -> None:
        self.uitleg.setText(
            self.tr(
                "Nu: %1 per maand, afgesproken looptijd %2 maanden. Wat nog open staat wordt over meer maanden "
                "verdeeld (een lager bedrag per maand). Tot 24 maanden in totaal gaat dit direct; langer gaat met uw "
                "motivatie naar een supervisor."
            )
            .replace("%1", formaat.euro(self._detail.regeling.termijnbedrag))
            .replace("%2", str(self._detail.looptijd))
        )
        self.extra_spin = QSpinBox(self.formulier_groep)
        self.extra_spin.setRange(1, 96)
        self.extra_spin.setValue(12)
        self.extra_spin.setSuffix(self.tr(" maanden"))
        self.voeg_veld_toe("extra_maanden", "&Extra maanden:", self.extra_spin)
        self.totaal_label = QLabel(self.formulier_groep)
        self.totaal_label.setObjectName("zacht")
        self.formulier.addRow(self.tr("Nieuwe looptijd:"), self.totaal_label)
        self.motivatie_edit = self.motivatie_veld(
            verplicht=False, hint="Nodig als de looptijd langer dan 24 maanden wordt."
        )
        self.extra_spin.valueChanged.connect(self._werk_totaal_bij)
        self._werk_totaal_bij()

    def _werk_totaal_bij(self) -> None:
        totaal = self._detail.looptijd + self.extra_spin.value()
        tekst = self.tr("%1 maanden").replace("%1", str(totaal))
        if totaal > 24:
            tekst += " – " + self.tr("langer dan 24 maanden: vier ogen, motivatie verplicht")
        self.totaal_label.setText(tekst)
        self.totaal_label.setAccessibleName(tekst)

    def _functie(self, versie: int) -> Callable[[], Any]:
        extra = self.extra_spin.value()
        motivatie = self.motivatie_edit.toPlainText().strip() or None
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.verleng(actor, regeling_id, versie, extra, vandaag=vandaag, motivatie=motivatie)


class ToevoegenDialoog(RegelingActieDialoog):
    """Add claims that arrived later to the running arrangement."""

    TITEL = "Vordering toevoegen"
    KNOP = "&Toevoegen"
    BEZIG = "Toevoegen…"

    def __init__(self, parent: QWidget | None, *, vrije: Sequence[VorderingOverzicht], **kwargs: Any) -> None:
        self._vrije = list(vrije)
        super().__init__(parent, **kwargs)

    def _bouw(self) -> None:
        self.uitleg.setText(
            self.tr(
                "Kies de nieuwe vorderingen die bij deze regeling komen. Wat al betaald is blijft staan; de rest van "
                "het schema wordt opnieuw berekend. Wordt de looptijd langer dan 24 maanden, of gaat het om een "
                "vordering van de partner, dan beoordeelt een supervisor het."
            )
        )
        self.model = VorderingKeuzeModel(self._kleuren)
        self.model.setParent(self)
        self.model.zet_rijen(self._vrije)
        self.model.kies_alle_vrije()
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Nieuwe vorderingen"), self.formulier_groep)
        self.tabel.zet_kolombreedtes([150, 120, 95, 95, 95])
        self.tabel.setMinimumHeight(26 * 3 + 30)
        self.tabel.setMinimumWidth(640)
        self.voeg_veld_toe("vorderingen", "&Vorderingen:", self.tabel)
        self.motivatie_edit = self.motivatie_veld(
            verplicht=False, hint="Nodig als dit buiten het beleid valt (langer dan 24 maanden, partner)."
        )
        self.model.keuze_veranderd.connect(self.veld_meldingen["vorderingen"].verberg)

    def _functie(self, versie: int) -> Callable[[], Any]:
        ids = self.model.gekozen_ids()
        if not ids:
            raise Validatiefout("vorderingen", "kies ten minste één vordering")
        motivatie = self.motivatie_edit.toPlainText().strip() or None
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.voeg_vorderingen_toe(
            actor, regeling_id, versie, ids, vandaag=vandaag, motivatie=motivatie
        )


class HerberekenDialoog(RegelingActieDialoog):
    """A change of income: the new capacity gives a new instalment for what is open."""

    TITEL = "Betalingscapaciteit herberekenen"
    KNOP = "&Herberekenen"
    BEZIG = "Herberekenen…"

    def _bouw(self) -> None:
        self.uitleg.setText(
            self.tr(
                "Vul het nieuwe inkomen en de uitgaven in. Het nieuwe bedrag per maand geldt vanaf de volgende "
                "termijn, binnen de afgesproken looptijd. Een bedrag onder € 20 of een restant gaat naar een "
                "supervisor."
            )
        )
        self.capaciteit = CapaciteitFormulier(self._kleuren, self.formulier_groep)
        bestaand = capaciteit_uit_regeling(self._detail)
        if bestaand is not None:
            self.capaciteit.vul_in(bestaand)
        self.formulier.addRow(self.capaciteit)
        self.motivatie_edit = self.motivatie_veld(verplicht=False, hint="Wat is er veranderd in het inkomen?")

    def _waarden(self) -> tuple[object, ...]:
        capaciteit = getattr(self, "capaciteit", None)
        eigen = () if capaciteit is None else tuple(v.text() for v in capaciteit.velden.values())
        return (*super()._waarden(), *eigen)

    def _toon_eigen_veldfout(self, fout: Validatiefout) -> bool:
        return fout.veld.startswith("capaciteit") and self.capaciteit.toon_fout(fout.veld, fout.melding)

    def _functie(self, versie: int) -> Callable[[], Any]:
        try:
            capaciteit = self.capaciteit.invoer()
        except Validatiefout:
            veld = self.capaciteit.eerste_fout_veld()
            if veld is not None:
                veld.setFocus(Qt.FocusReason.OtherFocusReason)
            raise Validatiefout("capaciteit", "verbeter de bedragen die rood gemarkeerd zijn") from None
        motivatie = self.motivatie_edit.toPlainText().strip() or None
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.herbereken(actor, regeling_id, versie, capaciteit, vandaag=vandaag, motivatie=motivatie)


class StopDialoog(RegelingActieDialoog):
    TITEL = "Regeling stoppen"
    KNOP = "Regeling &stoppen"
    BEZIG = "Stoppen…"
    GEVAARLIJK = True

    def _bouw(self) -> None:
        self.uitleg.setText(
            self.tr(
                "Als u de regeling stopt, vervallen de termijnen die nog open staan en staan de vorderingen weer open "
                "(%1). De invordering kan dan weer beginnen. Betalingen die al binnen zijn, blijven staan."
            ).replace("%1", formaat.euro(self._detail.schuld_open))
        )
        self.motivatie_edit = self.motivatie_veld(
            verplicht=True, hint="Waarom stopt de regeling? Bijvoorbeeld: op verzoek van de burger."
        )
        self.zeker_check = QCheckBox(self.tr("Ja, stop deze betalingsregeling"), self.formulier_groep)
        self.voeg_veld_toe("zeker", "Bevestigen:", self.zeker_check)

    def _functie(self, versie: int) -> Callable[[], Any]:
        motivatie = self.motivatie_edit.toPlainText().strip()
        if not motivatie:
            raise Validatiefout("motivatie", "leg uit waarom de regeling stopt")
        if not self.zeker_check.isChecked():
            raise Validatiefout("zeker", "vink aan dat u de regeling wilt stoppen")
        dienst, actor, regeling_id, vandaag = self._dienst, self._actor, self._detail.id, self._vandaag
        return lambda: dienst.stop(actor, regeling_id, versie, motivatie, vandaag=vandaag)
