"""The Begeleiding tab of the klantbeeld: the household's begeleidingstraject and the steps its status allows.

What belongs here: `TrajectPaneel` (status, begeleider, source, the intake deadline — overdue with an icon and the
words "te laat", never colour alone —, next action, the plan van aanpak with its goals and agreed actions, and the
outcome of a closed traject; buttons for the lifecycle steps `models.services.trajecten.toegestane_stappen`
allows) and `TrajectStapDialoog`, the form of one step: register the first contact (or "opgelost in het eerste
contact", which closes the traject at once), start begeleiding with a plan van aanpak, or close with an outcome and
a reason. The dialog runs the store call on the TaskRunner; a `Conflict` (a colleague changed the traject first)
shows the shared `ConflictPaneel` with the traject as it is now: take that over (the klantbeeld reloads), or carry
out one's own step knowingly on the new version. Input is kept on every error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.domain import Contactkanaal, TrajectBron, TrajectStatus
from models.services.trajecten import Stap, Uitkomst, intake_termijn, toegestane_stappen
from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_begeleiding import Trajecten
from models.store.rows import Klantbeeld, MedewerkerRow, TrajectRow
from models.store.rows_begeleiding import Afspraak, Contactverslag, Doel, PlanVanAanpak
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.resources import icon, icon_pixmap
from ui.tasks import Taak, TaskRunner
from ui.weergave import STATUS_ICOON, label
from ui.widgets.bezig import BezigIndicator
from ui.widgets.conflict import ConflictPaneel
from ui.widgets.melding import MeldingBalk
from ui.widgets.veldmelding import eerste_hoofdletter

__all__ = ["Modus", "TrajectPaneel", "TrajectStapDialoog", "plan_html"]

log = logging.getLogger(__name__)

_PRIORITEIT = {1: "hoog", 2: "normaal", 3: "laag"}
_DOELSTATUS = {"lopend": "loopt", "bereikt": "bereikt", "vervallen": "vervallen"}


class Modus(enum.Enum):
    """Which step the dialog performs."""

    EERSTE_CONTACT = "eerste_contact"
    START = "start"
    PLAN = "plan"
    AFSLUITEN = "afsluiten"


def plan_html(plan: dict[str, Any] | None) -> str:
    """The plan van aanpak as HTML: goals with their state, then who does what by when."""
    if not plan:
        return "<p>" + html.escape("Er is nog geen plan van aanpak.") + "</p>"
    p = PlanVanAanpak.uit_dict(plan)
    delen = []
    if p.opgesteld_op is not None:
        delen.append(f"<p>Opgesteld op {formaat.datum(p.opgesteld_op)}.</p>")
    delen.append("<h4 style='margin:6px 0 2px 0'>Doelen</h4><ul style='margin:0 0 0 -20px'>")
    for d in p.doelen:
        delen.append(f"<li>{html.escape(d.omschrijving)} <i>({_DOELSTATUS.get(d.status, d.status)})</i></li>")
    delen.append("</ul><h4 style='margin:6px 0 2px 0'>Afspraken</h4><ul style='margin:0 0 0 -20px'>")
    for a in p.afspraken:
        wie = "Burger" if a.wie == "burger" else "Begeleider"
        tot = f", uiterlijk {formaat.datum(a.uiterlijk)}" if a.uiterlijk else ""
        gedaan = " <i>(gedaan)</i>" if a.gedaan else ""
        delen.append(f"<li><b>{wie}</b>: {html.escape(a.wat)}{tot}{gedaan}</li>")
    delen.append("</ul>")
    return "".join(delen)


def _regels(tekst: str) -> list[str]:
    return [r.strip(" -•\t") for r in tekst.splitlines() if r.strip(" -•\t")]


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _Tekst(QPlainTextEdit):
    def __init__(self, parent: QWidget, regels: int, naam: str) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * regels + 12)
        self.setAccessibleName(naam)


class TrajectStapDialoog(QDialog):
    """One lifecycle step of a traject, carried out in the background.

    Signals:
        uitgevoerd(object): the step was stored; the new `TrajectRow`.
        overgenomen: the user took over the colleague's version after a conflict (reload the klantbeeld).
    """

    uitgevoerd = Signal(object)
    overgenomen = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        modus: Modus,
        traject: TrajectRow,
        trajecten: Trajecten,
        runner: TaskRunner,
        actor: MedewerkerRow,
        kleuren: Kleuren,
        burger_naam: str,
        vandaag: dt.date,
        opgelost: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trajectStapDialoog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.modus = modus
        self._traject = traject
        self._dienst = trajecten
        self._runner = runner
        self._actor = actor
        self._vandaag = vandaag
        self._versie = traject.version
        self._taak: Taak | None = None
        self._oude_afspraken: dict[tuple[str, str], dt.date | None] = {}
        self._opgesteld_op: dt.date | None = None
        titels = {
            Modus.EERSTE_CONTACT: self.tr("Eerste contact vastleggen — %1"),
            Modus.START: self.tr("Begeleiding starten — %1"),
            Modus.PLAN: self.tr("Plan van aanpak bijwerken — %1"),
            Modus.AFSLUITEN: self.tr("Traject afsluiten — %1"),
        }
        self.setWindowTitle(titels[modus].replace("%1", burger_naam))
        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self.voer_uit)
        self.formulier = QWidget(self)
        vorm = QFormLayout(self.formulier)
        vorm.setContentsMargins(0, 0, 0, 0)
        self.velden: dict[str, QWidget] = {}

        if modus is Modus.EERSTE_CONTACT:
            uitleg = self.tr(
                "Leg het eerste gesprek vast. Het traject gaat naar 'intake'; stel daarna samen met de burger een "
                "plan van aanpak op. Was het probleem in dit gesprek al opgelost? Vink dat aan: het traject wordt dan "
                "direct afgesloten en de hulp telt mee."
            )
            self.kanaal_keuze = QComboBox(self.formulier)
            for kanaal in (Contactkanaal.TELEFOON, Contactkanaal.VIDEO, Contactkanaal.BEZOEK, Contactkanaal.BALIE):
                self.kanaal_keuze.addItem(kanaal.label, kanaal)
            self.kanaal_keuze.setAccessibleName(self.tr("Kanaal"))
            self.onderwerp_edit = QLineEdit(self.tr("Intakegesprek persoonlijke begeleiding"), self.formulier)
            self.onderwerp_edit.setAccessibleName(self.tr("Onderwerp"))
            self.samenvatting_edit = _Tekst(self.formulier, 4, self.tr("Samenvatting van het gesprek"))
            self.afspraken_edit = _Tekst(self.formulier, 2, self.tr("Afspraken"))
            self.opgelost_vink = QCheckBox(self.tr("&Opgelost in het eerste contact (traject direct afsluiten)"))
            self.opgelost_vink.setChecked(opgelost)
            self.reden_edit = _Tekst(self.formulier, 2, self.tr("Wat is er opgelost"))
            self.reden_label = QLabel(self.tr("&Wat is er opgelost:"), self.formulier)
            vorm.addRow(self.tr("&Kanaal:"), self.kanaal_keuze)
            vorm.addRow(self.tr("O&nderwerp:"), self.onderwerp_edit)
            vorm.addRow(self.tr("&Samenvatting:"), self.samenvatting_edit)
            vorm.addRow(self.tr("&Afspraken:"), self.afspraken_edit)
            vorm.addRow("", self.opgelost_vink)
            vorm.addRow(self.reden_label, self.reden_edit)
            self.opgelost_vink.toggled.connect(self._werk_opgelost_bij)
            self._werk_opgelost_bij(opgelost)
            self.velden = {"samenvatting": self.samenvatting_edit, "onderwerp": self.onderwerp_edit}
            self.velden["reden"] = self.reden_edit
            knoptekst = self.tr("&Vastleggen")
        elif modus in (Modus.START, Modus.PLAN):
            uitleg = self.tr(
                "Het plan van aanpak: de doelen die u samen met de burger stelt en wie wat doet. Eén doel of afspraak "
                "per regel. Het traject gaat daarna naar 'actief'."
            )
            if modus is Modus.PLAN:
                uitleg = self.tr(
                    "Werk het plan van aanpak bij: één doel of afspraak per regel. Zet [x] voor een doel dat bereikt "
                    "is of een afspraak die gedaan is, en [-] voor een doel dat vervalt. Nieuwe afspraken krijgen de "
                    "datum hieronder."
                )
            self.doelen_edit = _Tekst(self.formulier, 4, self.tr("Doelen, één per regel"))
            self.doelen_edit.setPlaceholderText(self.tr("bijv. Geen nieuwe terugvordering huurtoeslag in 2026"))
            self.burger_edit = _Tekst(self.formulier, 3, self.tr("Afspraken voor de burger, één per regel"))
            self.burger_edit.setPlaceholderText(self.tr("bijv. Loonstroken van 3 maanden opsturen"))
            self.begeleider_edit = _Tekst(self.formulier, 3, self.tr("Afspraken voor de begeleider, één per regel"))
            self.begeleider_edit.setPlaceholderText(self.tr("bijv. Inkomen 2026 aanpassen na ontvangst loonstroken"))
            self.uiterlijk_vink = QCheckBox(self.tr("Afspraken &uiterlijk op:"), self.formulier)
            self.uiterlijk_edit = QDateEdit(_qdate(vandaag + dt.timedelta(days=14)), self.formulier)
            self.uiterlijk_edit.setCalendarPopup(True)
            self.uiterlijk_edit.setDisplayFormat("dd-MM-yyyy")
            self.uiterlijk_edit.setMinimumDate(_qdate(vandaag))
            self.uiterlijk_edit.setAccessibleName(self.tr("Afspraken uiterlijk op"))
            self.uiterlijk_vink.setChecked(True)
            self.uiterlijk_vink.toggled.connect(self.uiterlijk_edit.setEnabled)
            vorm.addRow(self.tr("&Doelen:"), self.doelen_edit)
            vorm.addRow(self.tr("Afspraken &burger:"), self.burger_edit)
            vorm.addRow(self.tr("Afspraken b&egeleider:"), self.begeleider_edit)
            vorm.addRow(self.uiterlijk_vink, self.uiterlijk_edit)
            self.velden = {"doel": self.doelen_edit, "afspraak": self.burger_edit, "plan van aanpak": self.doelen_edit}
            knoptekst = self.tr("Begeleiding &starten")
            if modus is Modus.PLAN:
                knoptekst = self.tr("Plan &opslaan")
                self._vul_plan(traject)
        else:
            uitleg = self.tr(
                "Sluit het traject af met de uitkomst en de reden. Een afgesloten traject gaat niet meer open: meld de "
                "burger opnieuw aan als er later weer hulp nodig is. Open taken bij dit traject vervallen."
            )
            self.uitkomst_keuze = QComboBox(self.formulier)
            self.uitkomst_keuze.setAccessibleName(self.tr("Uitkomst"))
            for uitkomst in Uitkomst:
                if uitkomst is Uitkomst.OPGELOST_EERSTE_CONTACT:
                    continue
                if uitkomst is Uitkomst.DOELEN_BEREIKT and traject.status != TrajectStatus.ACTIEF.value:
                    continue
                self.uitkomst_keuze.addItem(uitkomst.label, uitkomst)
            self.reden_edit = _Tekst(self.formulier, 4, self.tr("Reden van afsluiten"))
            vorm.addRow(self.tr("&Uitkomst:"), self.uitkomst_keuze)
            vorm.addRow(self.tr("&Reden:"), self.reden_edit)
            self.velden = {"reden": self.reden_edit}
            knoptekst = self.tr("Traject &afsluiten")

        uitleg_label = QLabel(uitleg, self)
        uitleg_label.setWordWrap(True)
        uitleg_label.setObjectName("zacht")

        # --- the colleague's version (shown on a conflict) ---------------------------------------------------
        self.conflict = ConflictPaneel(
            self.tr("Het traject zoals het nu is"),
            self.tr("&Versie van collega overnemen"),
            self.tr("&Toch mijn stap uitvoeren"),
            self,
        )
        self.conflict_status = QLabel(self.conflict)
        self.conflict_begeleider = QLabel(self.conflict)
        self.conflict_actie = QLabel(self.conflict)
        self.conflict.voeg_toe(self.tr("Status:"), self.conflict_status)
        self.conflict.voeg_toe(self.tr("Begeleider:"), self.conflict_begeleider)
        self.conflict.voeg_toe(self.tr("Volgende actie:"), self.conflict_actie)
        self.conflict.overnemen_knop.clicked.connect(self._neem_over)
        self.conflict.overschrijven_knop.clicked.connect(self._toch)
        self._conflict_versie: int | None = None

        self.knoppen = QDialogButtonBox(self)
        self.ok_knop = self.knoppen.addButton(knoptekst, QDialogButtonBox.ButtonRole.AcceptRole)
        self.annuleer_knop = self.knoppen.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_knop.setDefault(False)
        self.ok_knop.setAutoDefault(False)
        self.knoppen.accepted.connect(self.voer_uit)
        self.knoppen.rejected.connect(self.reject)
        self.bezig = BezigIndicator(self.tr("Vastleggen…"), self)
        onder = QHBoxLayout()
        onder.addWidget(self.bezig)
        onder.addStretch(1)
        onder.addWidget(self.knoppen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addWidget(uitleg_label)
        layout.addWidget(self.formulier, 1)
        layout.addWidget(self.conflict)
        layout.addLayout(onder)
        self.resize(640, 480)
        eerste = {
            Modus.EERSTE_CONTACT: "samenvatting_edit",
            Modus.START: "doelen_edit",
            Modus.PLAN: "doelen_edit",
            Modus.AFSLUITEN: "uitkomst_keuze",
        }[modus]
        getattr(self, eerste).setFocus(Qt.FocusReason.OtherFocusReason)  # the first thing to fill in

    # --- input -------------------------------------------------------------------------------------------

    def _vul_plan(self, traject: TrajectRow) -> None:
        """The current plan as editable lines, "[x]" for reached goals and done actions, "[-]" for lapsed goals."""
        plan = PlanVanAanpak.uit_dict(traject.plan or {})
        merk = {"bereikt": "[x] ", "vervallen": "[-] "}
        self.doelen_edit.setPlainText("\n".join(merk.get(d.status, "") + d.omschrijving for d in plan.doelen))
        for wie, veld in (("burger", self.burger_edit), ("begeleider", self.begeleider_edit)):
            veld.setPlainText("\n".join(("[x] " if a.gedaan else "") + a.wat for a in plan.afspraken if a.wie == wie))
        self._oude_afspraken = {(a.wie, a.wat): a.uiterlijk for a in plan.afspraken}
        self._opgesteld_op = plan.opgesteld_op

    def _plan(self) -> PlanVanAanpak:
        """The plan the form describes; an unchanged action keeps its own date."""
        nieuw = self.uiterlijk_edit.date().toPython() if self.uiterlijk_vink.isChecked() else None
        oud = self._oude_afspraken

        def merk(regel: str) -> tuple[str, str]:
            for teken, status in (("[x]", "bereikt"), ("[-]", "vervallen")):
                if regel.lower().startswith(teken):
                    return status, regel[len(teken) :].strip()
            return "lopend", regel

        doelen = tuple(Doel(tekst, status) for status, tekst in map(merk, _regels(self.doelen_edit.toPlainText())))
        afspraken: list[Afspraak] = []
        for wie, veld in (("burger", self.burger_edit), ("begeleider", self.begeleider_edit)):
            for status, tekst in map(merk, _regels(veld.toPlainText())):
                afspraken.append(Afspraak(wie, tekst, oud.get((wie, tekst), nieuw), status == "bereikt"))
        return PlanVanAanpak(doelen, tuple(afspraken), self._opgesteld_op)

    def _werk_opgelost_bij(self, aan: bool) -> None:
        self.reden_edit.setVisible(aan)
        self.reden_label.setVisible(aan)

    def _actie(self) -> Callable[[], TrajectRow]:
        """The store call with the form's values as they are now (read on the GUI thread)."""
        dienst, actor, vandaag, traject_id, versie = (
            self._dienst,
            self._actor,
            self._vandaag,
            self._traject.id,
            self._versie,
        )
        if self.modus is Modus.EERSTE_CONTACT:
            afspraken = self.afspraken_edit.toPlainText().strip() or None
            verslag = Contactverslag(
                Contactkanaal(self.kanaal_keuze.currentData()),
                self.onderwerp_edit.text().strip(),
                self.samenvatting_edit.toPlainText().strip(),
                afspraken,
            )
            if self.opgelost_vink.isChecked():
                reden = self.reden_edit.toPlainText().strip()
                return lambda: dienst.opgelost_in_eerste_contact(
                    actor, traject_id, versie, verslag, reden=reden, vandaag=vandaag
                )
            return lambda: dienst.eerste_contact(actor, traject_id, versie, verslag, vandaag=vandaag)
        if self.modus is Modus.START:
            plan = self._plan()
            return lambda: dienst.start_begeleiding(actor, traject_id, versie, plan, vandaag=vandaag)
        if self.modus is Modus.PLAN:
            plan = self._plan()
            return lambda: dienst.werk_plan_bij(actor, traject_id, versie, plan)
        uitkomst = Uitkomst(self.uitkomst_keuze.currentData())
        reden = self.reden_edit.toPlainText().strip()
        return lambda: dienst.sluit_af(actor, traject_id, versie, uitkomst=uitkomst, reden=reden, vandaag=vandaag)

    def _controleer(self) -> bool:
        """What the form can check itself, in plain Dutch next to the field (the store checks again)."""
        fout: tuple[QWidget, str] | None = None
        if self.modus is Modus.EERSTE_CONTACT:
            if not self.samenvatting_edit.toPlainText().strip():
                fout = (self.samenvatting_edit, self.tr("Schrijf kort wat er besproken is."))
            elif self.opgelost_vink.isChecked() and not self.reden_edit.toPlainText().strip():
                fout = (self.reden_edit, self.tr("Schrijf wat er in dit gesprek is opgelost."))
        elif self.modus in (Modus.START, Modus.PLAN):
            if not _regels(self.doelen_edit.toPlainText()):
                fout = (self.doelen_edit, self.tr("Noem ten minste één doel."))
            elif not _regels(self.burger_edit.toPlainText()) and not _regels(self.begeleider_edit.toPlainText()):
                fout = (self.burger_edit, self.tr("Leg ten minste één afspraak vast: wie doet wat."))
        elif not self.reden_edit.toPlainText().strip():
            fout = (self.reden_edit, self.tr("Geef de reden van afsluiten op."))
        if fout is None:
            return True
        self.melding.toon(Status.AANDACHT, fout[1])
        fout[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    # --- carrying out --------------------------------------------------------------------------------------

    @property
    def bezig_met_opslaan(self) -> bool:
        return self._taak is not None

    def voer_uit(self) -> None:
        if self._taak is not None or not self._controleer():
            return
        self.melding.verberg()
        self._zet_bezig(True)
        self._taak = self._runner.submit(self._actie(), self._klaar, self._fout, context=self)

    def _zet_bezig(self, bezig: bool) -> None:
        self.bezig.zet_actief(bezig)
        self.ok_knop.setEnabled(not bezig)
        self.formulier.setEnabled(not bezig)
        self.conflict.zet_bezig(bezig)

    def _klaar(self, traject: TrajectRow) -> None:
        self._taak = None
        self._zet_bezig(False)
        self.uitgevoerd.emit(traject)
        self.accept()

    def _fout(self, fout: BaseException) -> None:
        self._taak = None
        self._zet_bezig(False)
        if isinstance(fout, Conflict):
            self._toon_conflict(fout)
        elif isinstance(fout, Validatiefout):
            self.melding.toon(Status.AANDACHT, eerste_hoofdletter(f"{fout.veld}: {fout.melding}"))
            veld = self.velden.get(fout.veld)
            if veld is not None:
                veld.setFocus(Qt.FocusReason.OtherFocusReason)
        elif isinstance(fout, VerbindingFout):
            self.melding.toon_fout(fout.melding + " " + self.tr("Uw invoer is bewaard."), opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden | OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        else:
            log.error("Trajectstap mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("Er ging iets mis. Uw invoer is bewaard; de details staan in het logbestand."), opnieuw=True
            )

    # --- conflict ----------------------------------------------------------------------------------------

    def _toon_conflict(self, conflict: Conflict) -> None:
        if conflict.huidig is None:
            self.melding.toon_fout(conflict.melding, opnieuw=False)
            return
        h = conflict.huidig
        self._conflict_versie = int(h["version"])
        wie = conflict.gewijzigd_door or self.tr("een collega")
        self.conflict.zet_wie(
            self.tr(
                "%1 heeft dit traject gewijzigd nadat u het klantbeeld opende. Zo staat het er nu; uw invoer hierboven "
                "is bewaard."
            ).replace("%1", wie[0].upper() + wie[1:])
        )
        self.conflict_status.setText(label(TrajectStatus, str(h.get("status") or "")))
        begeleider_id = h.get("begeleider_id")
        self.conflict_begeleider.setText(
            self.tr("uzelf")
            if begeleider_id == self._actor.id
            else self.tr("een collega")
            if begeleider_id
            else self.tr("nog niet toegewezen")
        )
        actie = str(h.get("volgende_actie") or "–")
        if h.get("volgende_actie_op"):
            actie += " (" + str(h["volgende_actie_op"])[:10] + ")"
        self.conflict_actie.setText(actie)
        self.conflict.show()
        self.melding.toon(Status.AANDACHT, conflict.melding)
        self.conflict.overnemen_knop.setFocus(Qt.FocusReason.OtherFocusReason)

    def _neem_over(self) -> None:
        """Take the colleague's version: close without doing the step; the klantbeeld reloads."""
        self.overgenomen.emit()
        self.done(QDialog.DialogCode.Rejected)

    def _toch(self) -> None:
        """Carry out the step knowingly on the colleague's version (the store still checks that it is allowed)."""
        if self._conflict_versie is None:
            return
        self._versie = self._conflict_versie
        self._conflict_versie = None
        self.conflict.hide()
        self.voer_uit()

    def reject(self) -> None:
        if self._taak is not None:
            return  # a step is on its way; its answer decides
        super().reject()


class TrajectPaneel(QWidget):
    """The Begeleiding tab.

    Signals:
        gewijzigd(object): a step was stored (the new `TrajectRow`); the klantbeeld reloads.
        vernieuwen_gevraagd: reload the klantbeeld (after taking over a colleague's version).
    """

    gewijzigd = Signal(object)
    vernieuwen_gevraagd = Signal()

    def __init__(
        self,
        trajecten: Trajecten | None,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trajectPaneel")
        self._dienst = trajecten
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.traject: TrajectRow | None = None
        self._naam = ""
        self.dialoog: TrajectStapDialoog | None = None

        self.leeg_label = QLabel(self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.setWordWrap(True)
        self.status_icoon = QLabel(self)
        self.status_icoon.setFixedSize(18, 18)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sectie")
        self.status_label.setWordWrap(True)
        self.intake_icoon = QLabel(self)
        self.intake_icoon.setFixedSize(18, 18)
        self.intake_label = QLabel(self)
        self.intake_label.setWordWrap(True)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("Begeleidingstraject en plan van aanpak"))

        self.contact_knop = QPushButton(icon("telefoon", kleuren.accent), self.tr("&Eerste contact vastleggen…"), self)
        self.opgelost_knop = QPushButton(icon("ok", kleuren.ok), self.tr("O&pgelost in eerste contact…"), self)
        self.start_knop = QPushButton(icon("begeleider", kleuren.accent), self.tr("Begeleiding &starten…"), self)
        self.afsluiten_knop = QPushButton(icon("sluiten", kleuren.urgent), self.tr("Traject a&fsluiten…"), self)
        self.contact_knop.clicked.connect(lambda: self.open_stap(Modus.EERSTE_CONTACT))
        self.opgelost_knop.clicked.connect(lambda: self.open_stap(Modus.EERSTE_CONTACT, opgelost=True))
        self.start_knop.clicked.connect(lambda: self.open_stap(Modus.START))
        self.plan_knop = QPushButton(icon("bewerken", kleuren.accent), self.tr("&Plan bijwerken…"), self)
        self.plan_knop.clicked.connect(lambda: self.open_stap(Modus.PLAN))
        self.afsluiten_knop.clicked.connect(lambda: self.open_stap(Modus.AFSLUITEN))
        self.reden_label = QLabel(self)
        self.reden_label.setObjectName("zacht")
        self.reden_label.setWordWrap(True)

        statusrij = QHBoxLayout()
        statusrij.addWidget(self.status_icoon, 0, Qt.AlignmentFlag.AlignTop)
        statusrij.addWidget(self.status_label, 1)
        intakerij = QHBoxLayout()
        intakerij.addWidget(self.intake_icoon, 0, Qt.AlignmentFlag.AlignTop)
        intakerij.addWidget(self.intake_label, 1)
        knoppen = QHBoxLayout()
        for k in (self.contact_knop, self.opgelost_knop, self.start_knop, self.plan_knop, self.afsluiten_knop):
            knoppen.addWidget(k)
        knoppen.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.leeg_label)
        layout.addLayout(statusrij)
        layout.addLayout(intakerij)
        layout.addLayout(knoppen)
        layout.addWidget(self.reden_label)
        layout.addWidget(self.details, 1)
        self._toon_leeg(self.tr("Nog geen klantbeeld geladen."))

    # --- showing -----------------------------------------------------------------------------------------

    def knoppen(self) -> dict[Stap, QPushButton]:
        return {
            Stap.EERSTE_CONTACT: self.contact_knop,
            Stap.OPGELOST_IN_EERSTE_CONTACT: self.opgelost_knop,
            Stap.START_BEGELEIDING: self.start_knop,
            Stap.PLAN_BIJWERKEN: self.plan_knop,
            Stap.AFSLUITEN: self.afsluiten_knop,
        }

    def _toon_leeg(self, tekst: str) -> None:
        self.traject = None
        self.leeg_label.setText(tekst)
        self.leeg_label.show()
        for w in (self.status_icoon, self.status_label, self.intake_icoon, self.intake_label, self.details):
            w.hide()
        for k in self.knoppen().values():
            k.hide()
        self.reden_label.hide()

    def toon(self, kb: Klantbeeld) -> None:
        """The open traject, or else the most recent closed one (with its outcome)."""
        self._naam = kb.burger.naam
        traject = kb.actief_traject or (kb.trajecten[0] if kb.trajecten else None)
        if traject is None:
            self._toon_leeg(
                self.tr(
                    "Dit huishouden heeft geen begeleidingstraject. Aanmelden kan vanuit een signaal (Signalen) of via "
                    "een verwijzing; de supervisor verdeelt de aanmeldingen."
                )
            )
            return
        self.traject = traject
        self.leeg_label.hide()
        vandaag = self._vandaag()
        status = TrajectStatus(traject.status)
        prioriteit = _PRIORITEIT.get(traject.prioriteit, str(traject.prioriteit))
        delen = [
            self.tr("Traject %1").replace("%1", status.label),
            self.tr("begeleider: %1").replace("%1", traject.begeleider or self.tr("nog niet toegewezen")),
            self.tr("prioriteit %1").replace("%1", prioriteit),
            self.tr("bron: %1").replace("%1", label(TrajectBron, traject.bron)),
        ]
        kleur = {
            TrajectStatus.AANGEMELD: Status.AANDACHT,
            TrajectStatus.INTAKE: Status.INFO,
            TrajectStatus.ACTIEF: Status.OK,
            TrajectStatus.AFGESLOTEN: Status.INFO,
        }[status]
        self._zet_icoon(self.status_icoon, kleur)
        self.status_label.setText(" · ".join(delen))
        self.status_label.setAccessibleName(self.status_label.text())

        termijn = intake_termijn(traject.intake_uiterlijk, traject.eerste_contact_op, vandaag)
        aangemeld = self.tr("Aangemeld op %1.").replace("%1", formaat.datum(traject.aangemeld_op))
        if status is TrajectStatus.AFGESLOTEN and traject.eerste_contact_op is None:
            intake, soort = aangemeld + " " + self.tr("Er is geen eerste contact geweest."), Status.INFO
        elif termijn.te_laat:
            dagen = -(termijn.werkdagen_over or -1)
            intake = (
                aangemeld
                + " "
                + self.tr("Eerste contact te laat: uiterlijk %1, nu %2 te laat.")
                .replace("%1", formaat.datum(termijn.uiterlijk))
                .replace("%2", f"{dagen} werkdag" + ("en" if dagen != 1 else ""))
            )
            soort = Status.URGENT
        elif termijn.gehaald is None:
            intake = (
                aangemeld
                + " "
                + self.tr("Eerste contact uiterlijk %1 (%2).")
                .replace("%1", formaat.datum(termijn.uiterlijk))
                .replace("%2", formaat.relatieve_dagen(termijn.werkdagen_over or 0, werkdagen=True))
            )
            soort = Status.AANDACHT
        else:
            assert traject.eerste_contact_op is not None
            op_tijd = self.tr("op tijd") if termijn.gehaald else self.tr("na de termijn van 5 werkdagen")
            intake = (
                aangemeld
                + " "
                + self.tr("Eerste contact op %1 (%2).")
                .replace("%1", formaat.datum(traject.eerste_contact_op))
                .replace("%2", op_tijd)
            )
            soort = Status.OK if termijn.gehaald else Status.AANDACHT
        self._zet_icoon(self.intake_icoon, soort)
        self.intake_label.setText(intake)
        self.intake_label.setAccessibleName(intake)
        if soort is Status.URGENT:
            self.intake_label.setStyleSheet(f"color: {self._kleuren.urgent}; font-weight: 600;")
        else:
            self.intake_label.setStyleSheet("")

        self.details.setHtml(self._details_html(traject))
        for w in (self.status_icoon, self.status_label, self.intake_icoon, self.intake_label, self.details):
            w.show()
        self._werk_knoppen_bij()

    def _zet_icoon(self, label_: QLabel, status: Status) -> None:
        label_.setPixmap(icon_pixmap(STATUS_ICOON[status], self._kleuren.status(status), 18, self.devicePixelRatioF()))

    def _details_html(self, t: TrajectRow) -> str:
        delen = []
        if t.bron_toelichting:
            delen.append(f"<p><b>Aanleiding:</b> {html.escape(t.bron_toelichting)}</p>")
        if t.volgende_actie:
            op = f" — {formaat.datum(t.volgende_actie_op)}" if t.volgende_actie_op else ""
            te_laat = (
                " <b>(te laat)</b>" if t.volgende_actie_op is not None and t.volgende_actie_op < self._vandaag() else ""
            )
            delen.append(f"<p><b>Volgende actie:</b> {html.escape(t.volgende_actie)}{op}{te_laat}</p>")
        if t.status == TrajectStatus.AFGESLOTEN.value:
            uitkomst = t.uitkomst or "–"
            with contextlib.suppress(ValueError):
                uitkomst = Uitkomst(uitkomst).label
            delen.append("<h4 style='margin:6px 0 2px 0'>Uitkomst</h4>")
            delen.append(
                f"<p>{html.escape(uitkomst)}"
                + (f", afgesloten op {formaat.datum(t.afgesloten_op)}" if t.afgesloten_op else "")
                + "</p>"
            )
            if t.reden_afsluiting:
                delen.append(f"<p><b>Reden:</b> {html.escape(t.reden_afsluiting)}</p>")
        delen.append("<h3 style='margin:8px 0 2px 0'>Plan van aanpak</h3>")
        delen.append(plan_html(t.plan))
        return "".join(delen)

    def _mag_handelen(self, t: TrajectRow) -> tuple[bool, str]:
        if self._dienst is None or not mag(self._actor.rol, Bevoegdheid.CASELOAD_EIGEN):
            return False, self.tr("Uw rol kan trajecten niet wijzigen.")
        if t.begeleider_id not in (None, self._actor.id) and not mag(self._actor.rol, Bevoegdheid.CASELOAD_ALLES):
            return False, self.tr("Dit traject staat in de caseload van %1.").replace(
                "%1", t.begeleider or self.tr("een collega")
            )
        return True, ""

    def _werk_knoppen_bij(self) -> None:
        t = self.traject
        if t is None:
            return
        toegestaan = set(toegestane_stappen(TrajectStatus(t.status)))
        mag_het, waarom = self._mag_handelen(t)
        zichtbaar = False
        for stap, knop in self.knoppen().items():
            aan = stap in toegestaan
            if stap is Stap.PLAN_BIJWERKEN:  # during the intake the plan is made with "Begeleiding starten"
                aan = aan and t.status == TrajectStatus.ACTIEF.value
            knop.setVisible(aan)
            knop.setEnabled(aan and mag_het)
            knop.setToolTip(waarom if not mag_het else "")
            zichtbaar = zichtbaar or aan
        self.reden_label.setText(waarom)
        self.reden_label.setVisible(bool(waarom) and zichtbaar)

    # --- steps -------------------------------------------------------------------------------------------

    def open_stap(self, modus: Modus, *, opgelost: bool = False) -> None:
        t = self.traject
        if t is None or self._dienst is None or self.dialoog is not None or not self._mag_handelen(t)[0]:
            return
        dialoog = TrajectStapDialoog(
            self,
            modus=modus,
            traject=t,
            trajecten=self._dienst,
            runner=self._runner,
            actor=self._actor,
            kleuren=self._kleuren,
            burger_naam=self._naam,
            vandaag=self._vandaag(),
            opgelost=opgelost,
        )
        dialoog.uitgevoerd.connect(self.gewijzigd)
        dialoog.overgenomen.connect(self.vernieuwen_gevraagd)
        dialoog.finished.connect(self._dialoog_dicht)
        self.dialoog = dialoog
        dialoog.open()

    def _dialoog_dicht(self, _resultaat: int) -> None:
        self.dialoog = None
