"""The balie's actions on an identified citizen: callback request, referral to guidance, standard arrangement.

What belongs here: three small dialogs on `BalieFormulier`:
- `TerugbelDialoog`: phone number (the citizen's own pre-filled), preferred time and subject →
  `Balie.terugbelverzoek` (a task for the begeleider or the back office);
- `VerwijsDialoog`: the reason → `Trajecten.verwijs(bron=balie)` (the supervisor's intake queue);
- `RegelingDialoog`: the open claims outside an arrangement and a start date → `Regelingen.vergelijk` shows the
  standard 24-month arrangement; "Regeling afspreken" (after a confirmation) → `Regelingen.stel_voor`. When the
  standard arrangement is not possible or falls outside policy, it says so and offers the referral instead
  (`verwijzing_gevraagd`).
Each emits `opgeslagen(object)` with the store's answer.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from models.domain import Regeling, RegelingSoort, TrajectBron
from models.store.interfaces_balie import Balie
from models.store.interfaces_begeleiding import Trajecten
from models.store.interfaces_regelingen import Regelingen
from models.store.rows import MedewerkerRow
from models.store.rows_regelingen import RegelingVoorstel, Vergelijking, VorderingOverzicht
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.tasks import TaskRunner
from ui.views.balie.formulier import BalieFormulier

__all__ = ["RegelingDialoog", "TerugbelDialoog", "VerwijsDialoog"]

VOORKEURSTIJDEN = ("ochtend", "middag", "na 15:00", "maakt niet uit")


def _toeslag(waarde: str) -> str:
    try:
        return Regeling(waarde).label
    except ValueError:
        return waarde.replace("_", " ")


class _Tekst(QPlainTextEdit):
    def __init__(self, parent: QWidget, regels: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * regels + 12)


class TerugbelDialoog(BalieFormulier):
    opgeslagen = Signal(object)

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
        telefoon: str | None,
        begeleider: str | None,
        vandaag: dt.date,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Terugbelverzoek – %1").replace("%1", burger_naam),
            runner,
            kleuren,
            opslaan=self.tr("&Terugbelverzoek vastleggen"),
        )
        self.setObjectName("terugbelDialoog")
        self._balie, self._actor, self._burger_id, self._vandaag = balie, actor, burger_id, vandaag
        wie = (
            self.tr("De begeleider (%1) krijgt een taak om terug te bellen.").replace("%1", begeleider)
            if begeleider
            else self.tr("De backoffice krijgt een taak om terug te bellen.")
        )
        uitleg = QLabel(wie + " " + self.tr("Dat gebeurt binnen 2 werkdagen."), self)
        uitleg.setWordWrap(True)
        self.telefoon_edit = QLineEdit(telefoon or "", self)
        self.telefoon_edit.setAccessibleName(self.tr("Telefoonnummer"))
        self.telefoon_edit.setPlaceholderText(self.tr("Bijvoorbeeld 06 12345678"))
        self.tijd_combo = QComboBox(self)
        self.tijd_combo.setEditable(True)
        self.tijd_combo.addItems(list(VOORKEURSTIJDEN))
        self.tijd_combo.setAccessibleName(self.tr("Voorkeurstijd"))
        self.onderwerp_edit = QLineEdit(self)
        self.onderwerp_edit.setAccessibleName(self.tr("Waarover terugbellen"))
        self.onderwerp_edit.setPlaceholderText(self.tr("Bijvoorbeeld: vraag over de terugvordering"))
        self.onderwerp_edit.setMaxLength(200)
        form = QFormLayout()
        form.addRow(uitleg)
        form.addRow(self.tr("&Telefoonnummer"), self.telefoon_edit)
        form.addRow("", self.veldmelding("telefoonnummer", self.telefoon_edit))
        form.addRow(self.tr("&Voorkeurstijd"), self.tijd_combo)
        form.addRow("", self.veldmelding("voorkeurstijd", self.tijd_combo))
        form.addRow(self.tr("&Waarover"), self.onderwerp_edit)
        form.addRow("", self.veldmelding("waarover terugbellen", self.onderwerp_edit))
        self.inhoud.addLayout(form)
        self.resize(520, 230)
        (self.onderwerp_edit if telefoon else self.telefoon_edit).setFocus()

    def opslaan(self) -> None:
        balie, actor, burger_id, vandaag = self._balie, self._actor, self._burger_id, self._vandaag
        telefoon, tijd, onderwerp = (
            self.telefoon_edit.text(),
            self.tijd_combo.currentText(),
            self.onderwerp_edit.text(),
        )
        self.verstuur(
            lambda: balie.terugbelverzoek(
                actor, burger_id, telefoon=telefoon, voorkeurstijd=tijd, onderwerp=onderwerp, vandaag=vandaag
            ),
            self._klaar_met,
            self.tr("Het terugbelverzoek vastleggen"),
        )

    def _klaar_met(self, taak: object) -> None:
        self.opgeslagen.emit(taak)
        self.accept()


class VerwijsDialoog(BalieFormulier):
    opgeslagen = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        trajecten: Trajecten,
        runner: TaskRunner,
        kleuren: Kleuren,
        actor: MedewerkerRow,
        burger_id: int,
        burger_naam: str,
        vandaag: dt.date,
        reden: str = "",
    ) -> None:
        super().__init__(
            parent,
            self.tr("Verwijzen naar persoonlijke begeleiding – %1").replace("%1", burger_naam),
            runner,
            kleuren,
            opslaan=self.tr("&Verwijzen"),
        )
        self.setObjectName("verwijsDialoog")
        self._trajecten, self._actor, self._burger_id, self._vandaag = trajecten, actor, burger_id, vandaag
        uitleg = QLabel(
            self.tr(
                "De burger komt in de wachtrij voor een intakegesprek. Een persoonlijk begeleider neemt binnen "
                "5 werkdagen contact op. Schrijf op waarom de burger hulp nodig heeft, in gewone woorden."
            ),
            self,
        )
        uitleg.setWordWrap(True)
        self.reden_edit = _Tekst(self, 4)
        self.reden_edit.setPlainText(reden)
        self.reden_edit.setAccessibleName(self.tr("Reden van de verwijzing"))
        label = QLabel(self.tr("&Reden"), self)
        label.setBuddy(self.reden_edit)
        self.inhoud.addWidget(uitleg)
        self.inhoud.addWidget(label)
        self.inhoud.addWidget(self.reden_edit, 1)
        self.inhoud.addWidget(self.veldmelding("reden van aanmelding", self.reden_edit))
        self.resize(540, 320)
        self.reden_edit.setFocus()

    def opslaan(self) -> None:
        trajecten, actor, burger_id, vandaag = self._trajecten, self._actor, self._burger_id, self._vandaag
        reden = self.reden_edit.toPlainText()
        self.verstuur(
            lambda: trajecten.verwijs(actor, burger_id, bron=TrajectBron.BALIE, toelichting=reden, vandaag=vandaag),
            self._klaar_met,
            self.tr("Verwijzen"),
        )

    def _klaar_met(self, traject: object) -> None:
        self.opgeslagen.emit(traject)
        self.accept()


class RegelingDialoog(BalieFormulier):
    """Signals:
    opgeslagen(object): the `VoorstelUitkomst` of the agreed standard arrangement.
    verwijzing_gevraagd(str): the standard arrangement does not fit; refer with this reason instead.
    """

    opgeslagen = Signal(object)
    verwijzing_gevraagd = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        regelingen: Regelingen,
        runner: TaskRunner,
        kleuren: Kleuren,
        actor: MedewerkerRow,
        burger_id: int,
        burger_naam: str,
        vandaag: dt.date,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Standaard betalingsregeling – %1").replace("%1", burger_naam),
            runner,
            kleuren,
            opslaan=self.tr("Regeling &afspreken"),
        )
        self.setObjectName("regelingDialoog")
        self._regelingen, self._actor, self._burger_id, self._vandaag = regelingen, actor, burger_id, vandaag
        self._vergelijking: Vergelijking | None = None
        self._reden_verwijzing = ""
        uitleg = QLabel(
            self.tr(
                "Aan de balie kunt u de standaardregeling aanbieden: de schuld in hoogstens 24 maanden, ten minste "
                "€ 20 per maand. Past dat niet, of is er meer nodig? Verwijs de burger dan naar persoonlijke "
                "begeleiding."
            ),
            self,
        )
        uitleg.setWordWrap(True)
        self.lijst = QListWidget(self)
        self.lijst.setAccessibleName(self.tr("Open vorderingen"))
        self.lijst.itemChanged.connect(self._gewijzigd)
        self.start_edit = QDateEdit(self)
        self.start_edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit.setCalendarPopup(True)
        eerste = vandaag + dt.timedelta(days=14)
        self.start_edit.setMinimumDate(QDate(vandaag.year, vandaag.month, vandaag.day))
        grens = vandaag + dt.timedelta(days=366)
        self.start_edit.setMaximumDate(QDate(grens.year, grens.month, grens.day))
        self.start_edit.setDate(QDate(eerste.year, eerste.month, eerste.day))
        self.start_edit.setAccessibleName(self.tr("Eerste betaling"))
        self.start_edit.dateChanged.connect(self._gewijzigd)
        self.bereken_knop = QPushButton(self.tr("&Berekenen"), self)
        self.bereken_knop.clicked.connect(self.bereken)
        self.uitkomst = QLabel(self)
        self.uitkomst.setWordWrap(True)
        self.uitkomst.setObjectName("balieUitkomst")
        self.uitkomst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verwijs_knop = QPushButton(self.tr("&Verwijzen naar begeleiding…"), self)
        self.verwijs_knop.clicked.connect(self._verwijs)
        self.verwijs_knop.hide()
        lijst_label = QLabel(self.tr("&Welke schulden?"), self)
        lijst_label.setBuddy(self.lijst)
        form = QFormLayout()
        form.addRow(self.tr("&Eerste betaling"), self.start_edit)
        form.addRow("", self.veldmelding("startdatum", self.start_edit))
        self.inhoud.addWidget(uitleg)
        self.inhoud.addWidget(lijst_label)
        self.inhoud.addWidget(self.lijst, 1)
        self.inhoud.addWidget(self.veldmelding("vorderingen", self.lijst))
        self.inhoud.addLayout(form)
        self.inhoud.addWidget(self.bereken_knop, 0, Qt.AlignmentFlag.AlignLeft)
        self.inhoud.addWidget(self.uitkomst)
        self.inhoud.addWidget(self.verwijs_knop, 0, Qt.AlignmentFlag.AlignLeft)
        self.opslaan_knop.setEnabled(False)
        self.resize(620, 520)
        self._laad()

    # --- claims -----------------------------------------------------------------------------------------------

    def _laad(self) -> None:
        regelingen, actor, burger_id, vandaag = self._regelingen, self._actor, self._burger_id, self._vandaag
        self.bezig.zet_tekst(self.tr("Vorderingen laden…"))
        self.taken.submit(
            lambda: regelingen.vorderingen(actor, burger_id, vandaag=vandaag),
            self._toon_vorderingen,
            lambda fout: self._fout(fout, self.tr("De vorderingen laden")),
        )

    def _toon_vorderingen(self, vorderingen: list[VorderingOverzicht]) -> None:
        self.lijst.blockSignals(True)
        self.lijst.clear()
        vrij = [v for v in vorderingen if v.regeling_id is None and v.status in ("open", "aanmaning", "dwang")]
        for v in vrij:
            item = QListWidgetItem(f"{_toeslag(v.toeslag)} {v.jaar} – {v.kenmerk} – {formaat.euro(v.totaal_open)} open")
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lijst.addItem(item)
        self.lijst.blockSignals(False)
        if not vrij:
            self.uitkomst.setText(
                self.tr("Er zijn geen open vorderingen buiten een regeling. Er is geen nieuwe regeling nodig.")
            )
            self.bereken_knop.setEnabled(False)
            return
        self.lijst.setCurrentRow(0)
        self.lijst.setFocus()
        self.bereken()

    def gekozen(self) -> tuple[int, ...]:
        ids = []
        for i in range(self.lijst.count()):
            item = self.lijst.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def _start(self) -> dt.date:
        d = self.start_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _gewijzigd(self, *_args: object) -> None:
        self._vergelijking = None
        self.opslaan_knop.setEnabled(False)
        self.uitkomst.setText(self.tr("Kies ‘Berekenen’ om de regeling te zien."))

    # --- calculate and agree ----------------------------------------------------------------------------------

    def bereken(self) -> None:
        ids = self.gekozen()
        if not ids:
            self.velden["vorderingen"].toon(self.tr("kies ten minste één schuld"))
            return
        regelingen, actor, burger_id, vandaag, start = (
            self._regelingen,
            self._actor,
            self._burger_id,
            self._vandaag,
            self._start(),
        )
        self.bezig.zet_tekst(self.tr("Regeling berekenen…"))
        self.verstuur(
            lambda: regelingen.vergelijk(actor, burger_id, ids, startdatum=start, vandaag=vandaag),
            self._toon_vergelijking,
            self.tr("De regeling berekenen"),
        )

    def _toon_vergelijking(self, v: Vergelijking) -> None:
        optie = v.optie(RegelingSoort.STANDAARD.value)
        u = None if optie is None else optie.uitkomst
        if optie is None or u is None or not optie.mogelijk or u.buiten_beleid:
            redenen = []
            if optie is not None and optie.fout:
                redenen.append(optie.fout)
            if u is not None:
                redenen += list(u.weigeringsgronden) + list(u.buiten_beleid)
            reden = "; ".join(redenen) or self.tr("de standaardregeling past niet")
            self._reden_verwijzing = self.tr("Standaardregeling past niet aan de balie: %1").replace("%1", reden)
            self.uitkomst.setText(
                self.tr(
                    "Een standaardregeling is hier niet mogelijk: %1. Verwijs de burger naar persoonlijke "
                    "begeleiding; daar kijkt een begeleider naar een regeling die wel past."
                ).replace("%1", reden)
            )
            self.verwijs_knop.show()
            self.opslaan_knop.setEnabled(False)
            self._vergelijking = None
            return
        self.verwijs_knop.hide()
        self._vergelijking = v
        laatste = u.termijnen[-1]
        tekst = self.tr(
            "Standaardregeling: %1 per maand, %2 keer. Totaal %3. De eerste betaling is op %4, de laatste op %5."
        )
        for sleutel, waarde in (
            ("%1", formaat.euro(u.termijnbedrag)),
            ("%2", str(u.aantal_termijnen)),
            ("%3", formaat.euro(sum((t.bedrag for t in u.termijnen), Decimal(0)))),
            ("%4", formaat.datum(u.termijnen[0].vervaldatum)),
            ("%5", formaat.datum(laatste.vervaldatum)),
        ):
            tekst = tekst.replace(sleutel, waarde)
        if laatste.bedrag != u.termijnbedrag:
            tekst += " " + self.tr("De laatste betaling is %1.").replace("%1", formaat.euro(laatste.bedrag))
        self.uitkomst.setText(tekst)
        self.opslaan_knop.setEnabled(True)

    def opslaan(self) -> None:
        v = self._vergelijking
        if v is None:
            self.bereken()
            return
        antwoord = QMessageBox.question(
            self,
            self.tr("Regeling afspreken"),
            self.tr(
                "Met deze regeling gaan de gekozen schulden in een betalingsregeling. Heeft de burger ermee "
                "ingestemd? Dit kan daarna alleen een begeleider nog veranderen."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if antwoord != QMessageBox.StandardButton.Yes:
            return
        self.leg_vast(v)

    def leg_vast(self, v: Vergelijking) -> None:
        """Agree the computed standard arrangement (after the user confirmed)."""
        regelingen, actor, vandaag = self._regelingen, self._actor, self._vandaag
        voorstel = RegelingVoorstel(
            burger_id=self._burger_id,
            vordering_ids=v.vordering_ids,
            soort=RegelingSoort.STANDAARD,
            startdatum=v.startdatum,
        )
        self.bezig.zet_tekst(self.tr("Regeling vastleggen…"))
        self.verstuur(
            lambda: regelingen.stel_voor(actor, voorstel, vandaag=vandaag),
            self._klaar_met,
            self.tr("De regeling vastleggen"),
        )

    def _klaar_met(self, uitkomst: object) -> None:
        self.opgeslagen.emit(uitkomst)
        self.accept()

    def _verwijs(self) -> None:
        reden = self._reden_verwijzing
        self.reject()
        self.verwijzing_gevraagd.emit(reden)

    def toon_melding(self, tekst: str) -> None:
        self.melding.toon(Status.INFO, tekst)
