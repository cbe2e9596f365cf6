"""Assign trajecten from the intake queue, or hand them over to another begeleider (supervisor, CASELOAD_ALLES).

What belongs here: `ToewijzenDialoog` and its answers `Toewijzing` (one traject) and `Toewijzingen` (several at
once: each is its own transaction; the ones that did not go through are named with the reason). The dialog
names the traject(en) and where they are now, lets the supervisor choose the new begeleider (each with their
current load) and asks a reason; it says in plain Dutch what will happen and asks for a confirmation
(`bevestig_toewijzing`, replaceable in tests) before anything is written. The store call
(`Trajecten.wijs_toe`, with the version as read: optimistic locking) runs on the TaskRunner; open tasks of the
traject move along (the store does that). The reason reaches the new begeleider as a follow-up task about the
citizen (`Takenlijst.maak_taak`), so they know why the traject is theirs.

For one traject, a `Conflict` (a colleague assigned or changed the traject first) shows the traject as it is
now next to the user's choice (`ConflictPaneel`): take the new state and choose again, or knowingly carry out
one's own choice on the new version. Nothing typed is lost; a bad reason is shown at the field.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.domain import TaakSoort, TrajectStatus
from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_begeleiding import Takenlijst, Trajecten
from models.store.rows import MedewerkerRow, TrajectRow
from models.store.rows_begeleiding import CaseloadRow, TeamRow
from models.validatie import Validatiefout, controleer_tekst
from ui import opmaak as formaat
from ui.dialogs import meldingen
from ui.palet import Kleuren, Status
from ui.resources import icon
from ui.tasks import Taak, TaskRunner
from ui.widgets.bezig import BezigIndicator
from ui.widgets.conflict import ConflictPaneel
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["MAX_REDEN", "ToewijzenDialoog", "Toewijzing", "Toewijzingen", "bevestig_toewijzing"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

MAX_REDEN = 400
"""The reason goes into a task description (at most 500 characters) after a short prefix."""


@dataclass(frozen=True, slots=True)
class Toewijzing:
    """The answer of the dialog: the traject as stored, the citizen's and the new begeleider's name, and —
    when the reason could not be saved as a task after the assignment succeeded — why not."""

    traject: TrajectRow
    burger: str
    begeleider: str
    taak_fout: str | None = None


@dataclass(frozen=True, slots=True)
class Toewijzingen:
    """The answer for several trajecten: the ones assigned, and per one that was not, the citizen and why."""

    begeleider: str
    gelukt: tuple[Toewijzing, ...]
    mislukt: tuple[tuple[str, str], ...]


def bevestig_toewijzing(parent: QWidget | None, titel: str, tekst: str, knop: str) -> bool:
    """Ask for confirmation of an (re)assignment; True to carry it out. Tests replace this function."""
    vraag = QMessageBox(parent)
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(titel)
    vraag.setText(tekst)
    ja = vraag.addButton(knop, QMessageBox.ButtonRole.AcceptRole)
    nee = vraag.addButton(translate("Toewijzen", "&Terug"), QMessageBox.ButtonRole.RejectRole)
    vraag.setDefaultButton(nee)
    vraag.setEscapeButton(nee)
    vraag.exec()
    return vraag.clickedButton() is ja


class ToewijzenDialoog(QDialog):
    """Signals:
    uitgevoerd(object): the `Toewijzing` (one traject) or `Toewijzingen` (several); the dialog then closes.
    conflict_gezien: a colleague changed the traject (the view reloads).
    """

    uitgevoerd = Signal(object)
    conflict_gezien = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        trajecten: Trajecten,
        taken: Takenlijst,
        runner: TaskRunner,
        actor: MedewerkerRow,
        kleuren: Kleuren,
        traject: CaseloadRow | Sequence[CaseloadRow],
        begeleiders: Sequence[TeamRow],
        vandaag: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._trajecten = trajecten
        self._taken = taken
        self._runner = runner
        self._actor = actor
        self._lijst = [traject] if isinstance(traject, CaseloadRow) else list(traject)
        traject = self._lijst[0]  # several come from one table: the same begeleider (or none) for all
        self.meervoudig = len(self._lijst) > 1
        self._traject = traject
        self._vandaag = vandaag
        self._versie = traject.version
        self._huidige_begeleider = traject.begeleider_id
        self._namen = {b.begeleider_id: b.naam for b in begeleiders}
        self._taak: Taak | None = None
        self._klaar = False
        self._conflict_versie = traject.version
        self._conflict_begeleider: int | None = traject.begeleider_id
        self.overdracht = traject.begeleider_id is not None
        self.setWindowTitle(self.tr("Traject overdragen") if self.overdracht else self.tr("Traject toewijzen"))
        self.setMinimumWidth(560)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(lambda: self.uitvoeren(bevestigd=True))  # confirmed already
        if self.meervoudig:
            namen = ", ".join(t.naam for t in self._lijst[:6]) + (" …" if len(self._lijst) > 6 else "")
            wie = self.tr("%1 trajecten: %2").replace("%1", str(len(self._lijst))).replace("%2", namen)
        else:
            wie = self.tr("%1 (%2), aangemeld op %3 via %4").replace("%1", traject.naam)
            wie = wie.replace("%2", traject.bsn_gemaskeerd).replace("%3", _datum(traject.aangemeld_op))
            wie = wie.replace("%4", traject.bron.label)
        self.traject_label = QLabel(wie, self)
        self.traject_label.setWordWrap(True)
        self.nu_label = QLabel(self)
        self.nu_label.setWordWrap(True)

        self.formulier = QWidget(self)
        form = QFormLayout(self.formulier)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.begeleider_keuze = QComboBox(self.formulier)
        self.begeleider_keuze.setAccessibleName(self.tr("Nieuwe begeleider"))
        for b in sorted(begeleiders, key=lambda r: (r.open_trajecten, r.naam)):
            tekst = self.tr("%1 – %2 open trajecten").replace("%1", b.naam).replace("%2", str(b.open_trajecten))
            if b.intakes_te_laat:
                tekst += self.tr(", %1 intakes te laat").replace("%1", str(b.intakes_te_laat))
            if b.team:
                tekst += f" ({b.team})"
            self.begeleider_keuze.addItem(icon("begeleider", kleuren.accent), tekst, b.begeleider_id)
        begeleider_label = QLabel(self.tr("Nieuwe &begeleider:"), self.formulier)
        begeleider_label.setBuddy(self.begeleider_keuze)
        self.begeleider_melding = VeldMelding(self.begeleider_keuze, kleuren, self.formulier)
        self.reden_edit = QLineEdit(self.formulier)
        self.reden_edit.setMaxLength(MAX_REDEN + 100)  # longer input gets a clear message, not a silent cut
        self.reden_edit.setPlaceholderText(self.tr("Bijvoorbeeld: verlof van de huidige begeleider, spreekt Arabisch"))
        self.reden_edit.setAccessibleName(self.tr("Reden"))
        self.reden_edit.setAccessibleDescription(self.tr("Verplicht. De nieuwe begeleider leest dit in een taak."))
        reden_label = QLabel(self.tr("&Reden (verplicht):"), self.formulier)
        reden_label.setBuddy(self.reden_edit)
        self.reden_melding = VeldMelding(self.reden_edit, kleuren, self.formulier)
        self.reden_edit.textEdited.connect(lambda _t: self.reden_melding.verberg())
        self.reden_edit.returnPressed.connect(self.uitvoeren)  # Enter in the last field carries it out
        self.begeleider_keuze.currentIndexChanged.connect(self._werk_samenvatting_bij)
        self.begeleider_keuze.currentIndexChanged.connect(lambda _i: self.begeleider_melding.verberg())
        form.addRow(begeleider_label, _met_melding(self.begeleider_keuze, self.begeleider_melding, self.formulier))
        form.addRow(reden_label, _met_melding(self.reden_edit, self.reden_melding, self.formulier))
        self.samenvatting = QLabel(self)
        self.samenvatting.setWordWrap(True)
        self.samenvatting.setObjectName("zacht")

        # --- the traject as it is now (shown on a conflict) ---------------------------------------------------
        self.conflict = ConflictPaneel(
            self.tr("Het traject zoals het nu is opgeslagen"),
            self.tr("Nieuwe stand &overnemen"),
            self.tr("Mijn keuze toch &uitvoeren"),
            self,
        )
        self.conflict_begeleider = QLabel(self.conflict)
        self.conflict_status = QLabel(self.conflict)
        self.conflict.voeg_toe(self.tr("Begeleider:"), self.conflict_begeleider)
        self.conflict.voeg_toe(self.tr("Status:"), self.conflict_status)
        self.conflict.overnemen_knop.clicked.connect(self._neem_nieuwe_stand)
        self.conflict.overschrijven_knop.clicked.connect(self._voer_toch_uit)

        self.bezig = BezigIndicator(self.tr("Vastleggen…"), self)
        self.knoppen = QDialogButtonBox(self)
        knoptekst = self.tr("Over&dragen") if self.overdracht else self.tr("&Toewijzen")
        self.uitvoer_knop = self.knoppen.addButton(knoptekst, QDialogButtonBox.ButtonRole.ActionRole)
        self.uitvoer_knop.setIcon(icon("begeleider", kleuren.accent))
        self.annuleren_knop = self.knoppen.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        for knop in (self.uitvoer_knop, self.annuleren_knop):
            knop.setAutoDefault(False)
        self.uitvoer_knop.clicked.connect(self.uitvoeren)
        self.knoppen.rejected.connect(self.reject)

        midden = QHBoxLayout()
        midden.addWidget(self.conflict, 1)
        rechts = QVBoxLayout()
        rechts.addWidget(self.formulier)
        rechts.addWidget(self.samenvatting)
        rechts.addStretch(1)
        midden.addLayout(rechts, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addWidget(self.traject_label)
        layout.addWidget(self.nu_label)
        layout.addLayout(midden, 1)
        onder = QHBoxLayout()
        onder.addWidget(self.bezig, 1)
        onder.addWidget(self.knoppen)
        layout.addLayout(onder)

        self._toon_huidig()
        if self.begeleider_keuze.count() == 0:
            self.melding.toon(Status.AANDACHT, self.tr("Er is geen andere actieve begeleider in het team."))
            self.uitvoer_knop.setEnabled(False)
        self._werk_samenvatting_bij()
        self.begeleider_keuze.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state ------------------------------------------------------------------------------------------------

    def _naam(self, begeleider_id: int | None) -> str:
        if begeleider_id is None:
            return self.tr("nog niemand (intake-wachtrij)")
        return self._namen.get(begeleider_id, self.tr("medewerker %1").replace("%1", str(begeleider_id)))

    def _toon_huidig(self) -> None:
        self.nu_label.setText(self.tr("Nu bij: %1").replace("%1", self._naam(self._huidige_begeleider)))
        huidige = self.begeleider_keuze.findData(self._huidige_begeleider) if self._huidige_begeleider else -1
        for i in range(self.begeleider_keuze.count()):
            item = self.begeleider_keuze.model().item(i)  # type: ignore[attr-defined]
            item.setEnabled(i != huidige)
        if huidige >= 0 and self.begeleider_keuze.currentIndex() == huidige:
            self.begeleider_keuze.setCurrentIndex(0 if huidige != 0 else min(1, self.begeleider_keuze.count() - 1))

    @property
    def gekozen_id(self) -> int | None:
        waarde = self.begeleider_keuze.currentData()
        return int(waarde) if waarde is not None else None

    @property
    def versie(self) -> int:
        return self._versie

    def _werk_samenvatting_bij(self) -> None:
        nieuw = self.gekozen_id
        if nieuw is None:
            self.samenvatting.clear()
            return
        naam = self._naam(nieuw)
        if self.meervoudig:
            aantal = str(len(self._lijst))
            if self._huidige_begeleider is None:
                tekst = self.tr("De %1 trajecten komen in de caseload van %2.").replace("%1", aantal)
            else:
                tekst = self.tr("De %1 trajecten gaan van %3 naar %2. Openstaande taken gaan mee.").replace(
                    "%1", aantal
                )
                tekst = tekst.replace("%3", self._naam(self._huidige_begeleider))
            tekst = tekst.replace("%2", naam)
        elif self._huidige_begeleider is None:
            tekst = self.tr("Het traject komt in de caseload van %1.").replace("%1", naam)
        else:
            tekst = (
                self.tr("Het traject gaat van %1 naar %2. Openstaande taken van het traject gaan mee.")
                .replace("%1", self._naam(self._huidige_begeleider))
                .replace("%2", naam)
            )
        if any(t.status is TrajectStatus.AANGEMELD for t in self._lijst):
            tekst += " " + self.tr("%1 krijgt een taak voor elk intakegesprek.").replace("%1", naam)
        tekst += " " + self.tr("Uw reden komt als taak bij %1.").replace("%1", naam)
        self.samenvatting.setText(tekst)

    def heeft_wijzigingen(self) -> bool:
        return not self._klaar and bool(self.reden_edit.text().strip())

    def _zet_bezig(self, bezig: bool) -> None:
        self.bezig.zet_actief(bezig)
        self.uitvoer_knop.setEnabled(not bezig)
        self.formulier.setEnabled(not bezig)
        self.conflict.zet_bezig(bezig)

    # --- carrying out -------------------------------------------------------------------------------------------

    def uitvoeren(self, *, bevestigd: bool = False) -> None:
        if self._taak is not None or self._klaar:
            return
        self.melding.verberg()
        nieuw = self.gekozen_id
        if nieuw is None:
            self.begeleider_melding.toon(self.tr("kies de nieuwe begeleider"))
            return
        if nieuw == self._huidige_begeleider:
            self.begeleider_melding.toon(self.tr("het traject staat al bij deze begeleider; kies een ander"))
            self.begeleider_keuze.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            reden = controleer_tekst(self.reden_edit.text(), "reden", max_lengte=MAX_REDEN) or ""
        except Validatiefout as fout:
            self.reden_melding.toon(fout.melding)
            self.reden_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        naam = self._naam(nieuw)
        if not bevestigd:
            vraag = self.samenvatting.text() + "\n\n" + self.tr("Reden: %1").replace("%1", reden)
            titel = self.windowTitle()
            knop = self.tr("Ja, &overdragen") if self._huidige_begeleider else self.tr("Ja, &toewijzen")
            if not bevestig_toewijzing(self, titel, vraag, knop):
                return
        trajecten, taken, actor, vandaag = self._trajecten, self._taken, self._actor, self._vandaag
        van = None if self._huidige_begeleider is None else self._naam(self._huidige_begeleider)
        omschrijving = (
            self.tr("Traject overgedragen van %1 door %2: %3").replace("%1", van)
            if van is not None
            else self.tr("Traject toegewezen door %2: %3")
        )
        omschrijving = omschrijving.replace("%2", actor.naam).replace("%3", reden)

        def een(traject_id: int, burger_id: int, burger: str, versie: int) -> Toewijzing:
            traject = trajecten.wijs_toe(actor, traject_id, versie, nieuw, vandaag=vandaag)
            try:
                taken.maak_taak(
                    actor,
                    burger_id,
                    omschrijving=omschrijving,
                    vervaldatum=vandaag,
                    vandaag=vandaag,
                    soort=TaakSoort.OPVOLGING,
                    medewerker_id=nieuw,
                )
            except (OpslagFout, Validatiefout) as fout:
                return Toewijzing(traject, burger, naam, fout.melding)
            return Toewijzing(traject, burger, naam)

        enkel, enkel_versie, meervoudig = self._traject, self._versie, self.meervoudig
        lijst = [(t.traject_id, t.burger_id, t.naam, t.version) for t in self._lijst]

        def functie() -> Toewijzing | Toewijzingen:
            if not meervoudig:  # one traject: a conflict comes back to the dialog (side-by-side panel)
                return een(enkel.traject_id, enkel.burger_id, enkel.naam, enkel_versie)
            gelukt: list[Toewijzing] = []
            mislukt: list[tuple[str, str]] = []
            for i, (traject_id, burger_id, burger, versie) in enumerate(lijst):
                try:
                    gelukt.append(een(traject_id, burger_id, burger, versie))
                except VerbindingFout as fout:  # the connection is gone: the rest is not tried
                    mislukt.extend((b, fout.melding) for _t, _i, b, _v in lijst[i:])
                    break
                except (OpslagFout, Validatiefout) as fout:
                    mislukt.append((burger, fout.melding))
            return Toewijzingen(naam, tuple(gelukt), tuple(mislukt))

        self._zet_bezig(True)
        self._taak = self._runner.submit(functie, self._on_klaar, self._on_fout, context=self)

    def _on_klaar(self, uitkomst: Toewijzing | Toewijzingen) -> None:
        self._taak = None
        self._zet_bezig(False)
        self._klaar = True
        self.uitgevoerd.emit(uitkomst)
        self.accept()

    def _on_fout(self, fout: BaseException) -> None:
        self._taak = None
        self._zet_bezig(False)
        if isinstance(fout, Validatiefout):
            if fout.veld == "begeleider":
                self.begeleider_melding.toon(fout.melding)
            else:
                self.melding.toon_fout(eerste_hoofdletter(fout.melding), opnieuw=False)
        elif isinstance(fout, Conflict):
            self._toon_conflict(fout)
        elif isinstance(fout, VerbindingFout):
            tekst = fout.melding
            if fout.schrijfactie and fout.vastgelegd is None:
                tekst += " " + self.tr(
                    "Het is niet zeker of de toewijzing al is vastgelegd. Opnieuw proberen is veilig: is het al "
                    "gebeurd, dan ziet u dat hier."
                )
            self.melding.toon_fout(tekst, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden | OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        else:
            log.error("Toewijzen mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("Er ging iets mis. Uw keuze is bewaard; de details staan in het logbestand."), opnieuw=True
            )

    # --- conflict -------------------------------------------------------------------------------------------------

    def _toon_conflict(self, conflict: Conflict) -> None:
        self.conflict_gezien.emit()
        if conflict.huidig is None:
            self.melding.toon_fout(conflict.melding, opnieuw=False)
            return
        huidig = conflict.huidig
        self._conflict_versie = int(huidig["version"])
        begeleider = huidig.get("begeleider_id")
        self._conflict_begeleider = None if begeleider is None else int(begeleider)
        wie = conflict.gewijzigd_door or self.tr("een collega")
        self.conflict.zet_wie(
            self.tr("%1 heeft dit traject gewijzigd nadat u het opende. Zo staat het nu:").replace(
                "%1", wie[0].upper() + wie[1:]
            )
        )
        self.conflict_begeleider.setText(self._naam(self._conflict_begeleider))
        status = str(huidig.get("status"))
        self.conflict_status.setText(TrajectStatus(status).label if status in set(TrajectStatus) else status)
        self.conflict.show()
        self.conflict.setMinimumWidth(320)
        self.resize(max(self.width(), 900), max(self.height(), self.sizeHint().height()))
        self.melding.toon(Status.AANDACHT, conflict.melding)
        self.conflict.overnemen_knop.setFocus(Qt.FocusReason.OtherFocusReason)

    def _neem_nieuwe_stand(self) -> None:
        """Continue from the traject as it is now: its new version and begeleider; the user chooses again."""
        self._versie = self._conflict_versie
        self._huidige_begeleider = self._conflict_begeleider
        self.conflict.hide()
        self._toon_huidig()
        self._werk_samenvatting_bij()
        self.melding.toon(
            Status.INFO,
            self.tr("U werkt nu met de nieuwe stand van het traject. Controleer uw keuze en voer die uit."),
        )

    def _voer_toch_uit(self) -> None:
        """Carry out the user's own choice on the new version, knowingly (the confirmation was given)."""
        self._versie = self._conflict_versie
        self._huidige_begeleider = self._conflict_begeleider
        self.conflict.hide()
        self._toon_huidig()
        self.uitvoeren(bevestigd=True)

    # --- closing ------------------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._taak is not None:
            return  # the answer is on its way; it decides
        if self.heeft_wijzigingen() and not meldingen.bevestig_weggooien(self):
            return
        super().reject()


def _met_melding(veld: QWidget, melding: VeldMelding, parent: QWidget) -> QWidget:
    houder = QWidget(parent)
    kolom = QVBoxLayout(houder)
    kolom.setContentsMargins(0, 0, 0, 0)
    kolom.setSpacing(0)
    kolom.addWidget(veld)
    kolom.addWidget(melding)
    return houder


def _datum(d: dt.date) -> str:
    return formaat.datum(d)
