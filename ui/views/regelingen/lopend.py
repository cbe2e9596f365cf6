"""Running arrangements of a household: the list, the termijnen of the chosen one, and what can be done with it.

What belongs here: `LopendePaneel`, the "Lopende regelingen" page of the Regelingen view. It shows every
arrangement of the household (newest first), the chosen one's termijnen with their status (a reminder's new date
in the status column, so the lenience is visible), a pending four-eyes request, and the actions of
`ui.dialogs.regeling_acties` as buttons: only those the role may use are shown, and a button that does not apply
now is disabled with the reason in its tooltip. "Brief maken" (Ctrl+P) renders the letter through the service,
which stores it as a document of the klantbeeld, and opens the PDF.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.domain import RegelingSoort, RegelingStatus, TermijnStatus
from models.store.fouten import GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces import Documenten
from models.store.interfaces_regelingen import Regelingen
from models.store.rows import DocumentRow, MedewerkerRow, TermijnRow
from models.store.rows_regelingen import BetalingUitkomst, RegelingDetail, VoorstelUitkomst, VorderingOverzicht
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui import openen
from ui import opmaak as formaat
from ui.dialogs.regeling_acties import (
    BetalingDialoog,
    GemistDialoog,
    HerberekenDialoog,
    HervatDialoog,
    PauzeDialoog,
    RegelingActieDialoog,
    StopDialoog,
    ToevoegenDialoog,
    VerlengDialoog,
    gemist_mogelijk,
)
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.regelingen import (
    WIJZIGING_TEKST,
    RegelingDetailModel,
    TermijnBeheerModel,
    herkomst,
    vrij_voor_regeling,
)
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.weergave import label
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import eerste_hoofdletter

__all__ = ["LopendePaneel", "beschrijf_uitkomst"]

log = logging.getLogger(__name__)

_BRIEF_STATUSSEN = (
    RegelingStatus.VOORSTEL.value,
    RegelingStatus.TER_BEOORDELING.value,
    RegelingStatus.ACTIEF.value,
    RegelingStatus.GEPAUZEERD.value,
)


def beschrijf_uitkomst(uitkomst: Any, vandaag: dt.date) -> tuple[Status, str]:
    """One plain sentence for the banner after an action (what happened, and what happens next)."""
    if isinstance(uitkomst, BetalingUitkomst):
        delen = {
            "kosten": sum(a.kosten for a in uitkomst.aflossingen),
            "rente": sum(a.rente for a in uitkomst.aflossingen),
            "hoofdsom": sum(a.hoofdsom for a in uitkomst.aflossingen),
        }
        termijnen = ", ".join(str(n) for n in uitkomst.betaalde_termijnen)
        tekst = (
            f"Betaling van {formaat.euro(uitkomst.bedrag)} geregistreerd (termijn {termijnen}). Verdeeld over "
            f"kosten {formaat.euro(delen['kosten'])}, rente {formaat.euro(delen['rente'])} en hoofdsom "
            f"{formaat.euro(delen['hoofdsom'])}."
        )
        if uitkomst.regeling.status == RegelingStatus.AFGELOST.value:
            tekst += " Alles is betaald: de regeling is afgelost."
        return Status.OK, tekst
    if isinstance(uitkomst, VoorstelUitkomst):
        if uitkomst.ter_beoordeling and uitkomst.beoordeling is not None:
            wat = WIJZIGING_TEKST.get(uitkomst.beoordeling.wijziging, uitkomst.beoordeling.wijziging)
            return Status.INFO, (
                f"Voorstel ({wat}) opgeslagen. Het wacht op beoordeling door een supervisor: "
                f"{'; '.join(uitkomst.beoordeling.redenen)}. U krijgt een taak met de uitkomst."
            )
        if uitkomst.regeling is not None:
            r = uitkomst.regeling
            return Status.OK, (
                f"Wijziging doorgevoerd: nu {formaat.euro(r.regeling.termijnbedrag)} per maand, "
                f"nog {len(r.te_betalen)} termijnen te betalen."
            )
        return Status.OK, "Vastgelegd."
    if isinstance(uitkomst, RegelingDetail):
        herinnerd = [
            t
            for t in uitkomst.termijnen
            if t.status == TermijnStatus.HERINNERD.value and t.herinnering_op == vandaag and t.nieuwe_vervaldatum
        ]
        if uitkomst.status == RegelingStatus.VERVALLEN.value:
            return Status.AANDACHT, (
                "Termijn als gemist vastgelegd: de regeling is vervallen. De vorderingen staan weer open en de "
                "begeleider heeft een taak om contact op te nemen; een nieuwe regeling is mogelijk."
            )
        if uitkomst.status == RegelingStatus.GESTOPT.value:
            return Status.OK, "De regeling is gestopt; de vorderingen staan weer open."
        if herinnerd:
            t = herinnerd[-1]
            assert t.nieuwe_vervaldatum is not None
            return Status.OK, (
                f"Herinnering vastgelegd voor termijn {t.volgnummer}: de nieuwe betaaldatum is "
                f"{formaat.datum(t.nieuwe_vervaldatum)}. De regeling loopt gewoon door."
            )
        return Status.OK, f"Regeling {uitkomst.id} bijgewerkt: {label(RegelingStatus, uitkomst.status)}."
    return Status.OK, "Vastgelegd."


class LopendePaneel(QWidget):
    """Signals:
    gewijzigd(int): something about this arrangement was written (the view reloads and keeps it chosen).
    """

    gewijzigd = Signal(int)

    def __init__(
        self,
        dienst: Regelingen | None,
        documenten: Documenten,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        vandaag: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lopendePaneel")
        self._dienst = dienst
        self._documenten = documenten
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._vandaag = vandaag
        self.taken = ViewTaken(runner, self)
        self._vorderingen: list[VorderingOverzicht] = []
        self.dialoog: RegelingActieDialoog | None = None
        self.beheer = mag(actor.rol, Bevoegdheid.REGELING_BEHEREN)
        self.uitzondering = mag(actor.rol, Bevoegdheid.UITZONDERING_VOORSTELLEN)
        self.persoonlijk = mag(actor.rol, Bevoegdheid.REGELING_PERSOONLIJK)
        self.brief_mag = mag(actor.rol, Bevoegdheid.REGELING_STANDAARD)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self._opnieuw: Callable[[], None] | None = None
        self.bezig = BezigIndicator(self.tr("Brief maken…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)

        self.regeling_model = RegelingDetailModel(kleuren)
        self.regeling_model.setParent(self)
        self.regeling_proxy = RijenProxy(self)
        self.regeling_proxy.setSourceModel(self.regeling_model)
        self.regeling_tabel = DataTabel(self.regeling_proxy, self.tr("Betalingsregelingen van het huishouden"), self)
        self.regeling_tabel.zet_kolombreedtes([50, 190, 200, 100, 130, 100])
        self.regeling_tabel.rij_gekozen.connect(self._on_regeling)
        regeling_label = QLabel(self.tr("Regelingen van het huishouden"), self)
        regeling_label.setObjectName("sectie")
        regeling_label.setBuddy(self.regeling_tabel)
        self.leeg_label = QLabel(
            self.tr("Dit huishouden heeft nog geen betalingsregeling. Maak er een bij 'Nieuwe regeling'."), self
        )
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()

        self.samenvatting = QLabel(self)
        self.samenvatting.setWordWrap(True)
        self.samenvatting.setTextFormat(Qt.TextFormat.PlainText)
        self.samenvatting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.beoordeling_label = QLabel(self)
        self.beoordeling_label.setWordWrap(True)
        self.beoordeling_label.setTextFormat(Qt.TextFormat.PlainText)
        self.beoordeling_label.setObjectName("sectie")
        self.beoordeling_label.hide()

        self.termijn_model = TermijnBeheerModel(kleuren)
        self.termijn_model.setParent(self)
        self.termijn_proxy = RijenProxy(self)
        self.termijn_proxy.setSourceModel(self.termijn_model)
        self.termijn_tabel = DataTabel(self.termijn_proxy, self.tr("Termijnen van de gekozen regeling"), self)
        self.termijn_tabel.zet_kolombreedtes([50, 100, 100, 100, 260])
        self.termijn_tabel.rij_gekozen.connect(lambda _r: self._werk_knoppen_bij())
        self.termijn_label = QLabel(self.tr("&Termijnen"), self)
        self.termijn_label.setObjectName("sectie")
        self.termijn_label.setBuddy(self.termijn_tabel)

        # --- actions -----------------------------------------------------------------------------------------
        def knop(tekst: str, icoon: str, actie: Callable[[], None], zichtbaar: bool) -> QPushButton:
            k = QPushButton(icon(icoon, kleuren.accent), tekst, self)
            k.clicked.connect(actie)
            k.setVisible(zichtbaar)
            return k

        self.betaling_knop = knop(self.tr("&Betaling registreren…"), "euro", self.registreer_betaling, self.beheer)
        self.gemist_knop = knop(self.tr("Termijn &gemist…"), "waarschuwing", self.termijn_gemist, self.beheer)
        self.pauze_knop = knop(self.tr("&Pauzeren…"), "klok", self.pauzeer, self.beheer and self.uitzondering)
        self.hervat_knop = knop(self.tr("Pauze b&eëindigen…"), "vernieuwen", self.hervat, self.beheer)
        self.verleng_knop = knop(self.tr("&Verlengen…"), "regeling", self.verleng, self.beheer)
        self.toevoegen_knop = knop(self.tr("Vordering t&oevoegen…"), "toevoegen", self.voeg_toe, self.beheer)
        self.herbereken_knop = knop(
            self.tr("He&rberekenen…"), "grafiek", self.herbereken, self.beheer and self.persoonlijk
        )
        self.stop_knop = knop(self.tr("&Stoppen…"), "sluiten", self.stop, self.beheer)
        self.taal_combo = QComboBox(self)
        self.taal_combo.addItem(self.tr("Nederlands"), "nl")
        self.taal_combo.addItem(self.tr("Engels"), "en")
        self.taal_combo.setAccessibleName(self.tr("Taal van de brief"))
        self.taal_combo.setVisible(self.brief_mag)
        self.brief_knop = knop(self.tr("Brief &maken"), "brief", self.maak_brief, self.brief_mag)
        self.brief_knop.setToolTip(self.tr("Brief maken en openen (Ctrl+P)"))
        self.brief_knop.setAccessibleDescription(self.tr("Sneltoets Ctrl+P"))
        self.knoppen = [
            self.betaling_knop,
            self.gemist_knop,
            self.pauze_knop,
            self.hervat_knop,
            self.verleng_knop,
            self.toevoegen_knop,
            self.herbereken_knop,
            self.stop_knop,
            self.brief_knop,
        ]
        acties = QGridLayout()
        acties.setHorizontalSpacing(6)
        acties.setVerticalSpacing(4)
        for i, k in enumerate(self.knoppen[:8]):
            acties.addWidget(k, i // 4, i % 4)
        acties.setColumnStretch(4, 1)
        brief_rij = QHBoxLayout()
        brief_rij.addWidget(QLabel(self.tr("Brief:"), self))
        brief_rij.addWidget(self.taal_combo)
        brief_rij.addWidget(self.brief_knop)
        brief_rij.addWidget(self.bezig)
        brief_rij.addStretch(1)

        boven = QWidget(self)
        b = QVBoxLayout(boven)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(regeling_label)
        b.addWidget(self.leeg_label)
        b.addWidget(self.regeling_tabel, 1)
        onder = QWidget(self)
        o = QVBoxLayout(onder)
        o.setContentsMargins(0, 0, 0, 0)
        o.addWidget(self.samenvatting)
        o.addWidget(self.beoordeling_label)
        o.addLayout(acties)
        o.addLayout(brief_rij)
        o.addWidget(self.termijn_label)
        o.addWidget(self.termijn_tabel, 1)
        splitser = QSplitter(Qt.Orientation.Vertical, self)
        splitser.addWidget(boven)
        splitser.addWidget(onder)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 1)
        splitser.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.melding)
        layout.addWidget(splitser, 1)
        volgorde = [self.regeling_tabel, *self.knoppen[:8], self.taal_combo, self.brief_knop, self.termijn_tabel]
        for a, c in itertools.pairwise(volgorde):
            self.setTabOrder(a, c)
        self._on_regeling(None)

    # --- showing -----------------------------------------------------------------------------------------

    @property
    def gekozen(self) -> RegelingDetail | None:
        rij = self.regeling_tabel.huidige_rij()
        return rij if isinstance(rij, RegelingDetail) else None

    def gekozen_termijn(self) -> TermijnRow | None:
        rij = self.termijn_tabel.huidige_rij()
        return rij if isinstance(rij, TermijnRow) else None

    def zet_regelingen(
        self, details: list[RegelingDetail], vorderingen: list[VorderingOverzicht], *, kies: int | None = None
    ) -> None:
        """Show the household's arrangements; `kies` (else the running one, else the newest) is chosen."""
        vorige = kies if kies is not None else (self.gekozen.id if self.gekozen is not None else None)
        self._vorderingen = vorderingen
        self.regeling_model.zet_rijen(details)
        self.leeg_label.setVisible(not details)
        self.regeling_tabel.setVisible(bool(details))
        if not details:
            self._on_regeling(None)
            return
        doel = next((d for d in details if d.id == vorige), None)
        if doel is None:
            doel = next((d for d in details if d.loopt), details[0])
        for rij in range(self.regeling_proxy.rowCount()):
            if self.regeling_proxy.rij(rij).id == doel.id:
                self.regeling_tabel.setCurrentIndex(self.regeling_proxy.index(rij, 0))
                break
        self._on_regeling(doel)

    def _on_regeling(self, detail: RegelingDetail | None) -> None:
        if detail is None:
            self.termijn_model.zet_rijen(())
            self.samenvatting.setText("")
            self.beoordeling_label.hide()
            self._werk_knoppen_bij()
            return
        self.termijn_model.zet_rijen(detail.termijnen)
        volgende = detail.volgende_termijn
        if volgende is not None:
            for rij in range(self.termijn_proxy.rowCount()):
                if self.termijn_proxy.rij(rij).id == volgende.id:
                    index = self.termijn_proxy.index(rij, 0)
                    self.termijn_tabel.setCurrentIndex(index)
                    self.termijn_tabel.scrollTo(index)
                    break
        betaald = sum(1 for t in detail.schema if t.status == TermijnStatus.BETAALD.value)
        regels = [
            self.tr("Regeling %1: %2, %3.")
            .replace("%1", str(detail.id))
            .replace("%2", label(RegelingSoort, detail.soort))
            .replace("%3", label(RegelingStatus, detail.status)),
            self.tr("%1 per maand; %2 van %3 termijnen betaald (%4); nog te betalen volgens schema %5.")
            .replace("%1", formaat.euro(detail.regeling.termijnbedrag))
            .replace("%2", str(betaald))
            .replace("%3", str(len(detail.schema)))
            .replace("%4", formaat.euro(detail.betaald))
            .replace("%5", formaat.euro(detail.nog_te_betalen)),
        ]
        if detail.regeling.pauze_van is not None and detail.regeling.pauze_tot is not None:
            regels.append(
                self.tr("Betaalpauze van %1 tot %2.")
                .replace("%1", formaat.datum(detail.regeling.pauze_van))
                .replace("%2", formaat.datum(detail.regeling.pauze_tot))
            )
        kenmerken = ", ".join(herkomst(v) for v in detail.vorderingen)
        regels.append(self.tr("Vorderingen: %1.").replace("%1", kenmerken or "–"))
        self.samenvatting.setText(" ".join(regels))
        self.samenvatting.setAccessibleName(self.samenvatting.text())
        b = detail.open_beoordeling
        if b is not None:
            wat = WIJZIGING_TEKST.get(b.wijziging, b.wijziging)
            self.beoordeling_label.setText(
                self.tr("Wacht op beoordeling door een supervisor (%1): %2. Voorgesteld door %3 op %4.")
                .replace("%1", wat)
                .replace("%2", "; ".join(b.redenen))
                .replace("%3", b.voorgesteld_door_naam)
                .replace("%4", formaat.datum(b.ingediend_op.astimezone().date()))
            )
            self.beoordeling_label.show()
        elif detail.status == RegelingStatus.TER_BEOORDELING.value:
            self.beoordeling_label.setText(self.tr("Wacht op beoordeling door een supervisor."))
            self.beoordeling_label.show()
        else:
            self.beoordeling_label.hide()
        self.termijn_label.setText(
            self.tr("&Termijnen van regeling %1 (%2 van %3 betaald)")
            .replace("%1", str(detail.id))
            .replace("%2", str(betaald))
            .replace("%3", str(len(detail.schema)))
        )
        self._werk_knoppen_bij()

    def vrije_vorderingen(self) -> list[VorderingOverzicht]:
        return [v for v in self._vorderingen if vrij_voor_regeling(v)]

    def _werk_knoppen_bij(self) -> None:
        d = self.gekozen
        vandaag = self._vandaag()

        def zet(k: QPushButton, aan: bool, waarom: str = "") -> None:
            k.setEnabled(aan)
            tekst = k.text().replace("&", "").rstrip("…")
            k.setToolTip(tekst if aan else f"{tekst}: {waarom}")
            k.setAccessibleDescription("" if aan else waarom)

        if d is None:
            for k in self.knoppen:
                zet(k, False, self.tr("kies eerst een regeling"))
            return
        loopt = d.loopt
        niet_lopend = self.tr("deze regeling loopt niet (%1)").replace("%1", label(RegelingStatus, d.status))
        wacht = self.tr("er ligt al een voorstel voor deze regeling bij de supervisor")
        open_b = d.open_beoordeling is not None
        zet(self.betaling_knop, loopt, niet_lopend)
        termijn = self.gekozen_termijn()
        if not loopt:
            zet(self.gemist_knop, False, niet_lopend)
        elif termijn is None:
            zet(self.gemist_knop, False, self.tr("kies eerst een termijn in de tabel"))
        else:
            kan, waarom = gemist_mogelijk(termijn, vandaag)
            zet(self.gemist_knop, kan, waarom)
        gepauzeerd = d.status == RegelingStatus.GEPAUZEERD.value
        if not loopt:
            zet(self.pauze_knop, False, niet_lopend)
        elif open_b:
            zet(self.pauze_knop, False, wacht)
        elif d.regeling.pauze_tot is not None and d.regeling.pauze_tot > vandaag:
            zet(self.pauze_knop, False, self.tr("er is al een betaalpauze gepland of bezig"))
        else:
            zet(self.pauze_knop, True)
        zet(self.hervat_knop, gepauzeerd, self.tr("de regeling is niet gepauzeerd"))
        for k in (self.verleng_knop, self.herbereken_knop, self.stop_knop):
            zet(k, loopt and not open_b, niet_lopend if not loopt else wacht)
        if not loopt or open_b:
            zet(self.toevoegen_knop, False, niet_lopend if not loopt else wacht)
        else:
            zet(
                self.toevoegen_knop,
                bool(self.vrije_vorderingen()),
                self.tr("er zijn geen nieuwe open vorderingen die nog niet in een regeling zitten"),
            )
        zet(
            self.brief_knop,
            d.status in _BRIEF_STATUSSEN,
            self.tr("voor een regeling met status '%1' maken we geen brief").replace(
                "%1", label(RegelingStatus, d.status)
            ),
        )
        self.taal_combo.setEnabled(self.brief_knop.isEnabled())

    # --- actions -----------------------------------------------------------------------------------------

    def _open(self, soort: type[RegelingActieDialoog], **extra: Any) -> None:
        d = self.gekozen
        if d is None or self._dienst is None:
            return
        if self.dialoog is not None:
            self.dialoog.raise_()
            self.dialoog.activateWindow()
            return
        dialoog = soort(
            self,
            dienst=self._dienst,
            runner=self._runner,
            actor=self._actor,
            detail=d,
            kleuren=self._kleuren,
            vandaag=self._vandaag(),
            **extra,
        )
        regeling_id = d.id
        dialoog.uitgevoerd.connect(lambda uitkomst: self._na_actie(regeling_id, uitkomst))
        dialoog.conflict_gezien.connect(lambda: self.gewijzigd.emit(regeling_id))
        dialoog.finished.connect(self._dialoog_dicht)
        self.dialoog = dialoog
        dialoog.open()

    def _dialoog_dicht(self, _resultaat: int) -> None:
        self.dialoog = None

    def _na_actie(self, regeling_id: int, uitkomst: Any) -> None:
        status, tekst = beschrijf_uitkomst(uitkomst, self._vandaag())
        self.melding.toon(status, tekst)
        self.gewijzigd.emit(regeling_id)

    def registreer_betaling(self) -> None:
        if self.betaling_knop.isEnabled() and self.betaling_knop.isVisible():
            self._open(BetalingDialoog)

    def termijn_gemist(self) -> None:
        termijn = self.gekozen_termijn()
        if termijn is not None and self.gemist_knop.isEnabled() and self.gemist_knop.isVisible():
            self._open(GemistDialoog, termijn=termijn)

    def pauzeer(self) -> None:
        if self.pauze_knop.isEnabled() and self.pauze_knop.isVisible():
            self._open(PauzeDialoog)

    def hervat(self) -> None:
        if self.hervat_knop.isEnabled() and self.hervat_knop.isVisible():
            self._open(HervatDialoog)

    def verleng(self) -> None:
        if self.verleng_knop.isEnabled() and self.verleng_knop.isVisible():
            self._open(VerlengDialoog)

    def voeg_toe(self) -> None:
        if self.toevoegen_knop.isEnabled() and self.toevoegen_knop.isVisible():
            self._open(ToevoegenDialoog, vrije=self.vrije_vorderingen())

    def herbereken(self) -> None:
        if self.herbereken_knop.isEnabled() and self.herbereken_knop.isVisible():
            self._open(HerberekenDialoog)

    def stop(self) -> None:
        if self.stop_knop.isEnabled() and self.stop_knop.isVisible():
            self._open(StopDialoog)

    # --- the letter --------------------------------------------------------------------------------------

    def maak_brief(self) -> None:
        """Ctrl+P: make the proposal/confirmation letter, store it with the klantbeeld, open the PDF."""
        d = self.gekozen
        if d is None or self._dienst is None or not self.brief_knop.isEnabled() or not self.brief_knop.isVisible():
            return
        dienst, documenten, actor, vandaag = self._dienst, self._documenten, self._actor, self._vandaag()
        regeling_id, taal = d.id, str(self.taal_combo.currentData())

        def maak() -> tuple[DocumentRow, Path]:
            document = dienst.maak_regelingsbrief(actor, regeling_id, taal, vandaag=vandaag)
            pdf = documenten.pdf(actor, document.id)
            return document, openen.schrijf_pdf(pdf, f"{document.kenmerk}-regeling-{taal}")

        def stap() -> None:
            self.brief_knop.setEnabled(False)
            self.taken.submit(maak, lambda uit: self._na_brief(regeling_id, uit), lambda f: self._brief_fout(f, stap))

        self.melding.verberg()
        stap()

    def _na_brief(self, regeling_id: int, uitkomst: tuple[DocumentRow, Path]) -> None:
        document, pad = uitkomst
        self._werk_knoppen_bij()
        if openen.open_bestand(pad):
            self.melding.toon(
                Status.OK,
                self.tr("Brief gemaakt en geopend: %1. Hij staat nu ook bij Documenten en op de tijdlijn.").replace(
                    "%1", document.titel
                ),
            )
        else:
            self.melding.toon(
                Status.AANDACHT,
                self.tr(
                    "Brief gemaakt (%1), maar er is geen programma gevonden om PDF-bestanden te openen. Het bestand "
                    "staat in: %2"
                )
                .replace("%1", document.titel)
                .replace("%2", str(pad)),
            )
        self.gewijzigd.emit(regeling_id)

    def _brief_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self._werk_knoppen_bij()
        self._opnieuw = opnieuw
        if isinstance(fout, VerbindingFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, Validatiefout):
            self.melding.toon_fout(eerste_hoofdletter(fout.melding), opnieuw=False)
        else:
            log.error("Regelingsbrief maken mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("De brief kon niet worden gemaakt. De details staan in het logbestand."), opnieuw=True
            )

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def heeft_onopgeslagen_invoer(self) -> bool:
        return self.dialoog is not None and self.dialoog.heeft_wijzigingen()
