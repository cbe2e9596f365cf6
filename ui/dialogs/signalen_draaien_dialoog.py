"""Signalen draaien: the supervisor runs the signal engine over the whole store from the application.

What belongs here: `SignalenDraaienDialoog` (what the run does and with which rules, then a progress dialog with
"Afbreken", then the summary per signal type) and `SamenvattingModel`, the table of that summary. The run
itself is `Signaalmotor.draai` on the TaskRunner's worker thread (`submit_lang`: progress and cancel); the
engine stores block by block, each block one transaction, so a cancelled run keeps only whole blocks and a
rerun completes it without duplicates (every signal has a deterministic key).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.domain import SignaalType
from models.store.fouten import GeenToegang, OpslagFout, VerbindingFout
from models.store.interfaces_begeleiding import Signaalmotor
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import Signaalrapport
from ui import opmaak as formaat
from ui.dialogs.voortgang_dialoog import VoortgangDialoog
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Kolom, RijenModel, RijenProxy
from ui.resources import icon
from ui.tasks import Taak, TaskRunner, Voortgang
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel

__all__ = ["SamenvattingModel", "SamenvattingRij", "SignalenDraaienDialoog", "samenvatting"]

log = logging.getLogger(__name__)
_NL = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


@dataclass(frozen=True, slots=True)
class SamenvattingRij:
    """One signal type in the summary of a run."""

    type: SignaalType
    nieuw: int
    al_bekend: int


def samenvatting(rapport: Signaalrapport) -> list[SamenvattingRij]:
    """Every signal type, in the order of the domain, with the new and already-known signals of the run."""
    return [SamenvattingRij(t, rapport.nieuw.get(t, 0), rapport.al_bekend.get(t, 0)) for t in SignaalType]


class SamenvattingModel(RijenModel[SamenvattingRij]):
    def _kolommen(self) -> list[Kolom[SamenvattingRij]]:
        return [
            Kolom(self.tr("Soort signaal"), lambda r: r.type.label),
            Kolom(self.tr("Nieuw"), lambda r: _NL.toString(r.nieuw), sorteer=lambda r: r.nieuw, bedrag=True),
            Kolom(
                self.tr("Al bekend"), lambda r: _NL.toString(r.al_bekend), sorteer=lambda r: r.al_bekend, bedrag=True
            ),
        ]


class SignalenDraaienDialoog(QDialog):
    """Signals:
    klaar(object): the `Signaalrapport` of a run that ended (also a cancelled one).
    """

    klaar = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        motor: Signaalmotor,
        runner: TaskRunner,
        actor: MedewerkerRow,
        kleuren: Kleuren,
        vandaag: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Signalen draaien"))
        self.setMinimumSize(760, 680)
        self._motor = motor
        self._runner = runner
        self._actor = actor
        self._vandaag = vandaag
        self._taak: Taak | None = None
        self._totaal = 0
        self.rapport: Signaalrapport | None = None
        self.voortgang: VoortgangDialoog | None = None

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self.start)
        self.uitleg = QLabel(
            self.tr(
                "De signaalregels lopen over alle huishoudens in de opslag, met peildatum %1. Nieuwe signalen komen "
                "in de signalen-inbox; een signaal dat al bestaat komt er niet nog een keer bij. U kunt altijd "
                "afbreken: wat al verwerkt is blijft bewaard, een half verwerkt deel niet. Draai daarna opnieuw om "
                "de rest te doen."
            ).replace("%1", formaat.datum(vandaag)),
            self,
        )
        self.uitleg.setWordWrap(True)
        regels_label = QLabel(self.tr("&Regels die meedoen"), self)
        regels_label.setObjectName("sectie")
        self.regels = QTextBrowser(self)
        self.regels.setAccessibleName(self.tr("Regels die meedoen"))
        regels_label.setBuddy(self.regels)
        self.uitkomst_label = QLabel(self)
        self.uitkomst_label.setWordWrap(True)
        self.uitkomst_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uitkomst_label.hide()
        self.model = SamenvattingModel(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Uitkomst per soort signaal"), self)
        self.tabel.zet_kolombreedtes([320, 100, 100])
        self.tabel.hide()
        self.bezig = BezigIndicator(self.tr("Signalen zoeken…"), self)

        self.knoppen = QDialogButtonBox(self)
        self.start_knop = self.knoppen.addButton(self.tr("&Starten"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start_knop.setIcon(icon("signaal", kleuren.accent))
        self.sluit_knop = self.knoppen.addButton(self.tr("Sl&uiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_knop.clicked.connect(self.start)
        self.knoppen.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.melding)
        layout.addWidget(self.uitleg)
        layout.addWidget(regels_label)
        layout.addWidget(self.regels, 1)
        layout.addWidget(self.uitkomst_label)
        layout.addWidget(self.tabel, 1)
        onder = QHBoxLayout()
        onder.addWidget(self.bezig, 1)
        onder.addWidget(self.knoppen)
        layout.addLayout(onder)
        self.start_knop.setFocus(Qt.FocusReason.OtherFocusReason)
        self._laad_regels()

    # --- the rules (transparency) ------------------------------------------------------------------------------

    def _laad_regels(self) -> None:
        motor = self._motor
        self._runner.submit(motor.regels, self._toon_regels, lambda _f: self.regels.setPlainText("–"), context=self)

    def _toon_regels(self, regels: list[tuple[str, str]]) -> None:
        self.regels.setHtml(
            "<ul style='margin:0 0 0 -20px'>"
            + "".join(f"<li><b>{html.escape(bron)}</b>: {html.escape(tekst)}</li>" for bron, tekst in regels)
            + "</ul>"
        )

    # --- the run -----------------------------------------------------------------------------------------------

    @property
    def bezig_met_draaien(self) -> bool:
        return self._taak is not None

    def start(self) -> None:
        if self._taak is not None:
            return
        self.melding.verberg()
        motor, actor, peildatum = self._motor, self._actor, self._vandaag
        self._totaal = 0
        self.start_knop.setEnabled(False)
        self.bezig.zet_actief(True)
        self.voortgang = VoortgangDialoog(
            self.tr("Signalen draaien"),
            self.tr("huishoudens"),
            self,
            uitleg=self.tr("Afbreken bewaart wat al verwerkt is; het deel dat nu loopt wordt nog afgemaakt."),
        )
        self.voortgang.canceled.connect(self.breek_af)

        def draai(v: Voortgang) -> Signaalrapport:
            return motor.draai(actor, peildatum=peildatum, voortgang=v.meld, afgebroken=v.afgebroken)

        self._taak = self._runner.submit_lang(draai, self._na_run, self._fout, bij_voortgang=self._meld, context=self)
        self.voortgang.show()

    def _meld(self, gedaan: int, totaal: int) -> None:
        self._totaal = totaal
        if self.voortgang is not None:
            self.voortgang.meld(gedaan, totaal)

    def breek_af(self) -> None:
        """Afbreken: the engine stops after the block it is working on (that block is stored whole)."""
        if self._taak is None:
            return
        self._taak.breek_af()
        self.bezig.zet_tekst(self.tr("Afbreken… het deel dat nu loopt wordt nog afgemaakt."))
        self.bezig.zet_actief(True)

    def _sluit_voortgang(self) -> None:
        self._taak = None
        self.bezig.zet_actief(False)
        self.bezig.zet_tekst(self.tr("Signalen zoeken…"))
        self.start_knop.setEnabled(True)
        if self.voortgang is not None:
            self.voortgang.canceled.disconnect(self.breek_af)
            self.voortgang.close()
            self.voortgang.deleteLater()
            self.voortgang = None

    def _na_run(self, rapport: Signaalrapport) -> None:
        self._sluit_voortgang()
        self.rapport = rapport
        self.model.zet_rijen(samenvatting(rapport))
        self.tabel.show()
        self.uitkomst_label.show()
        self.regels.setMaximumHeight(140)  # the summary takes the room now
        bekend = sum(rapport.al_bekend.values())
        aantallen = (
            self.tr("%1 nieuwe signalen; %2 signalen bestonden al en zijn niet opnieuw aangemaakt.")
            .replace("%1", _NL.toString(rapport.totaal_nieuw))
            .replace("%2", _NL.toString(bekend))
        )
        if rapport.afgebroken:
            tekst = (
                self.tr(
                    "Afgebroken na %1 van %2 huishoudens. De signalen van die huishoudens zijn bewaard; de rest is "
                    "niet bekeken. Draai opnieuw om de rest te doen: bestaande signalen komen er niet dubbel bij."
                )
                .replace("%1", _NL.toString(rapport.huishoudens))
                .replace("%2", _NL.toString(max(self._totaal, rapport.huishoudens)))
            )
            self.melding.toon(Status.AANDACHT, self.tr("De run is afgebroken."))
        else:
            tekst = (
                self.tr("%1 huishoudens bekeken in %2 seconden.")
                .replace("%1", _NL.toString(rapport.huishoudens))
                .replace("%2", _NL.toString(rapport.duur_seconden, "f", 1))
            )
            self.melding.toon(Status.OK, self.tr("Klaar: de signalen zijn bijgewerkt."))
        tekst += " " + aantallen
        regels = ", ".join(rapport.regels)
        self.uitkomst_label.setText(
            tekst + "\n" + self.tr("Regels: %1. Drempels: %2.").replace("%1", regels).replace("%2", rapport.drempels)
        )
        self.sluit_knop.setFocus(Qt.FocusReason.OtherFocusReason)
        self.klaar.emit(rapport)

    def _fout(self, fout: BaseException) -> None:
        self._sluit_voortgang()
        if isinstance(fout, VerbindingFout):
            self.melding.toon_fout(
                fout.melding + " " + self.tr("Wat al verwerkt was, is bewaard. Probeer het opnieuw."), opnieuw=True
            )
        elif isinstance(fout, GeenToegang):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Signalen draaien mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr(
                    "Het draaien van de signalen is mislukt. Wat al verwerkt was, is bewaard. De details staan in "
                    "het logbestand."
                ),
                opnieuw=True,
            )

    def reject(self) -> None:
        if self._taak is not None:
            self.breek_af()  # closing while running cancels; the summary of what was stored follows
            return
        super().reject()
