"""Team: the supervisor's view of persoonlijke begeleiding — who has how much, what waits, and who gets what.

What belongs here: `TeamView` (rail entry "Team", role gated on CASELOAD_ALLES). Three tabs:

- **Verdeling**: per begeleider the open trajecten (aangemeld, intake, actief), overdue intakes, open and urgent
  signals, overdue tasks and a load bar against the team average (`Teamoverzicht.teamverdeling`); below it the
  trajecten of the chosen begeleider (`Caseloads.caseload(begeleider_id=…)`) with "Overdragen…".
- **Intake-wachtrij**: aangemelde trajecten without a begeleider (selection, balie, bezwaarteam, invordering,
  signal, colleague) with "Toewijzen…" (`Caseloads.intake_wachtrij`).
- **Selectie**: `ui.views.selectie_view.SelectieView`.

Assigning and handing over go through `ui.dialogs.toewijzen_dialoog.ToewijzenDialoog` (choice, reason,
confirmation, conflicts); "Signalen draaien…" opens `ui.dialogs.signalen_draaien_dialoog`. Every store call runs
on the TaskRunner; tables sort on typed keys and filter as you type.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.store.fouten import GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_begeleiding import BegeleidingDiensten
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import CaseloadRow, Signaalrapport, TeamRow, Teamverdeling
from models.store.toegang import Bevoegdheid, mag
from ui.dialogs.signalen_draaien_dialoog import SignalenDraaienDialoog
from ui.dialogs.toewijzen_dialoog import ToewijzenDialoog, Toewijzing, Toewijzingen
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RIJ_ROLE, RijenProxy
from ui.qtmodels.team import BelastingDelegate, TeamModel, TrajectModel, formaat_getal
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.views.selectie_view import SelectieView
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel

__all__ = ["TeamView"]

log = logging.getLogger(__name__)
_NL = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)

VERDELING, WACHTRIJ, SELECTIE = 0, 1, 2


def _filter(placeholder: str, naam: str, proxy: RijenProxy, parent: QWidget) -> QLineEdit:
    veld = QLineEdit(parent)
    veld.setPlaceholderText(placeholder)
    veld.setAccessibleName(naam)
    veld.setClearButtonEnabled(True)
    veld.setMinimumWidth(280)
    veld.textChanged.connect(proxy.zet_tekst)
    return veld


class TeamView(QWidget):
    """Signals:
    gewijzigd: a traject was assigned, or proposals were decided (task lists and caseloads change).
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    """

    gewijzigd = Signal()
    klantbeeld_gevraagd = Signal(int, str)

    def __init__(
        self,
        begeleiding: BegeleidingDiensten,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamView")
        self._diensten = begeleiding
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = 0
        self._caseload_generatie = 0
        self._opnieuw: Callable[[], None] | None = None
        self.verdeling: Teamverdeling | None = None
        self.mag_verdelen = mag(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        self.mag_draaien = mag(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)
        self.dialoog: QWidget | None = None

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        titel = QLabel(self.tr("Team"), self)
        titel.setObjectName("titel")
        self.samenvatting = QLabel(self)
        self.samenvatting.setObjectName("zacht")
        self.samenvatting.setWordWrap(True)
        self.bezig = BezigIndicator(self.tr("Team laden…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.signalen_knop = QPushButton(icon("signaal", kleuren.accent), self.tr("&Signalen draaien…"), self)
        self.signalen_knop.setToolTip(self.tr("De signaalregels over alle huishoudens draaien"))
        self.signalen_knop.clicked.connect(self.signalen_draaien)
        self.signalen_knop.setVisible(self.mag_draaien)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        # --- tab 1: the distribution ----------------------------------------------------------------------------
        verdeling = QWidget(self)
        self.team_model = TeamModel(kleuren)
        self.team_model.setParent(self)
        self.team_proxy = RijenProxy(self)
        self.team_proxy.setSourceModel(self.team_model)
        self.team_tabel = DataTabel(self.team_proxy, self.tr("Caseload per begeleider"), verdeling)
        self.team_tabel.zet_kolombreedtes([210, 200, 60, 90, 60, 70, 130, 130, 200, 110])
        self.team_tabel.horizontalHeader().setStretchLastSection(False)
        self.team_tabel.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.team_tabel.setItemDelegateForColumn(TeamModel.BELASTING_KOLOM, BelastingDelegate(kleuren, self))
        self.team_tabel.rij_gekozen.connect(self._on_begeleider)
        self.team_tabel.rij_geactiveerd.connect(lambda _r: self.caseload_tabel.setFocus())
        self.team_filter = _filter(
            self.tr("Filter op naam of team"), self.tr("Filter begeleiders"), self.team_proxy, verdeling
        )
        team_label = QLabel(self.tr("&Begeleiders"), verdeling)
        team_label.setObjectName("sectie")
        team_label.setBuddy(self.team_tabel)
        self.caseload_model = TrajectModel(kleuren, self._vandaag)
        self.caseload_model.setParent(self)
        self.caseload_proxy = RijenProxy(self)
        self.caseload_proxy.setSourceModel(self.caseload_model)
        self.caseload_tabel = DataTabel(self.caseload_proxy, self.tr("Trajecten van de gekozen begeleider"), verdeling)
        self.caseload_tabel.zet_kolombreedtes([190, 95, 150, 80, 75, 90, 130, 100, 260, 100])
        self.caseload_tabel.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.caseload_tabel.rij_geactiveerd.connect(lambda _r: self.overdragen())
        self.caseload_tabel.rij_gekozen.connect(lambda _r: self._werk_knoppen_bij())
        self.caseload_filter = _filter(
            self.tr("Filter op naam, BSN, bron of status"),
            self.tr("Filter trajecten"),
            self.caseload_proxy,
            verdeling,
        )
        self.caseload_label = QLabel(self.tr("&Trajecten"), verdeling)
        self.caseload_label.setObjectName("sectie")
        self.caseload_label.setBuddy(self.caseload_tabel)
        self.caseload_bezig = BezigIndicator(self.tr("Trajecten laden…"), verdeling)
        self.overdragen_knop = QPushButton(icon("begeleider", kleuren.accent), self.tr("Over&dragen aan…"), verdeling)
        self.overdragen_knop.clicked.connect(self.overdragen)
        self.caseload_klantbeeld_knop = QPushButton(
            icon("klantbeeld", kleuren.accent), self.tr("&Klantbeeld openen"), verdeling
        )
        self.caseload_klantbeeld_knop.clicked.connect(lambda: self._open_klantbeeld(self.caseload_tabel))

        boven = QWidget(verdeling)
        b = QVBoxLayout(boven)
        b.setContentsMargins(0, 0, 0, 0)
        kop = QHBoxLayout()
        kop.addWidget(team_label)
        kop.addStretch(1)
        kop.addWidget(self.team_filter)
        b.addLayout(kop)
        b.addWidget(self.team_tabel, 1)
        onder = QWidget(verdeling)
        o = QVBoxLayout(onder)
        o.setContentsMargins(0, 0, 0, 0)
        kop2 = QHBoxLayout()
        kop2.addWidget(self.caseload_label)
        kop2.addWidget(self.caseload_bezig)
        kop2.addStretch(1)
        kop2.addWidget(self.caseload_filter)
        o.addLayout(kop2)
        o.addWidget(self.caseload_tabel, 1)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.overdragen_knop)
        knoppen.addStretch(1)
        knoppen.addWidget(self.caseload_klantbeeld_knop)
        o.addLayout(knoppen)
        splitser = QSplitter(Qt.Orientation.Vertical, verdeling)
        splitser.addWidget(boven)
        splitser.addWidget(onder)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 2)
        splitser.setStretchFactor(1, 3)
        v = QVBoxLayout(verdeling)
        v.setContentsMargins(0, 8, 0, 0)
        v.addWidget(splitser)

        # --- tab 2: the intake queue ----------------------------------------------------------------------------
        wachtrij = QWidget(self)
        self.wachtrij_model = TrajectModel(kleuren, self._vandaag)
        self.wachtrij_model.setParent(self)
        self.wachtrij_proxy = RijenProxy(self)
        self.wachtrij_proxy.setSourceModel(self.wachtrij_model)
        self.wachtrij_tabel = DataTabel(self.wachtrij_proxy, self.tr("Intake-wachtrij"), wachtrij)
        self.wachtrij_tabel.zet_kolombreedtes([190, 95, 150, 80, 75, 90, 130, 100, 260, 100])
        self.wachtrij_tabel.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.wachtrij_tabel.rij_geactiveerd.connect(lambda _r: self.toewijzen())
        self.wachtrij_tabel.rij_gekozen.connect(lambda _r: self._werk_knoppen_bij())
        self.wachtrij_filter = _filter(
            self.tr("Filter op naam, BSN of bron"), self.tr("Filter wachtrij"), self.wachtrij_proxy, wachtrij
        )
        wachtrij_uitleg = QLabel(
            self.tr(
                "Aangemelde trajecten zonder begeleider: uit de selectie, van de balie, het bezwaarteam, invordering, "
                "een signaal of een collega. Het eerste contact moet binnen 5 werkdagen na aanmelding; te late intakes "
                "staan bovenaan, dan de hoogste prioriteit."
            ),
            wachtrij,
        )
        wachtrij_uitleg.setObjectName("zacht")
        wachtrij_uitleg.setWordWrap(True)
        wachtrij_label = QLabel(self.tr("&Wachtrij"), wachtrij)
        wachtrij_label.setObjectName("sectie")
        wachtrij_label.setBuddy(self.wachtrij_tabel)
        self.wachtrij_leeg = QLabel(self.tr("De intake-wachtrij is leeg."), wachtrij)
        self.wachtrij_leeg.setObjectName("leeg")
        self.wachtrij_leeg.hide()
        self.toewijzen_knop = QPushButton(icon("begeleider", kleuren.accent), self.tr("&Toewijzen aan…"), wachtrij)
        self.toewijzen_knop.clicked.connect(self.toewijzen)
        self.wachtrij_klantbeeld_knop = QPushButton(
            icon("klantbeeld", kleuren.accent), self.tr("&Klantbeeld openen"), wachtrij
        )
        self.wachtrij_klantbeeld_knop.clicked.connect(lambda: self._open_klantbeeld(self.wachtrij_tabel))
        w = QVBoxLayout(wachtrij)
        w.setContentsMargins(0, 8, 0, 0)
        w.addWidget(wachtrij_uitleg)
        kop3 = QHBoxLayout()
        kop3.addWidget(wachtrij_label)
        kop3.addStretch(1)
        kop3.addWidget(self.wachtrij_filter)
        w.addLayout(kop3)
        w.addWidget(self.wachtrij_leeg)
        w.addWidget(self.wachtrij_tabel, 1)
        knoppen2 = QHBoxLayout()
        knoppen2.addWidget(self.toewijzen_knop)
        knoppen2.addStretch(1)
        knoppen2.addWidget(self.wachtrij_klantbeeld_knop)
        w.addLayout(knoppen2)

        # --- tab 3: selection -----------------------------------------------------------------------------------
        self.selectie = SelectieView(begeleiding.selectie, actor, runner, kleuren, self, vandaag=self._vandaag)
        self.selectie.gewijzigd.connect(self._na_selectie)
        self.selectie.klantbeeld_gevraagd.connect(self.klantbeeld_gevraagd)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(verdeling, icon("begeleider", kleuren.accent), self.tr("&Verdeling"))
        self.tabs.addTab(wachtrij, icon("klok", kleuren.accent), self.tr("&Intake-wachtrij"))
        self.tabs.addTab(self.selectie, icon("grafiek", kleuren.accent), self.tr("Se&lectie"))
        self.tabs.currentChanged.connect(self._on_tab)

        kop = QHBoxLayout()
        kop.addWidget(titel)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(self.signalen_knop)
        kop.addWidget(self.vernieuw_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.melding)
        layout.addLayout(kop)
        layout.addWidget(self.samenvatting)
        layout.addWidget(self.tabs, 1)
        for a, c in (
            (self.signalen_knop, self.vernieuw_knop),
            (self.vernieuw_knop, self.tabs),
            (self.tabs, self.team_filter),
            (self.team_filter, self.team_tabel),
            (self.team_tabel, self.caseload_filter),
            (self.caseload_filter, self.caseload_tabel),
            (self.caseload_tabel, self.overdragen_knop),
            (self.overdragen_knop, self.caseload_klantbeeld_knop),
        ):
            self.setTabOrder(a, c)
        self.setTabOrder(self.wachtrij_filter, self.wachtrij_tabel)
        self.setTabOrder(self.wachtrij_tabel, self.toewijzen_knop)
        self.setTabOrder(self.toewijzen_knop, self.wachtrij_klantbeeld_knop)

        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.addAction(self.vernieuw_actie)
        self._werk_knoppen_bij()

    # --- loading ------------------------------------------------------------------------------------------------

    @property
    def gekozen_begeleider(self) -> TeamRow | None:
        rij = self.team_tabel.huidige_rij()
        return rij if isinstance(rij, TeamRow) else None

    def focus_inhoud(self) -> None:
        huidig = self.tabs.currentIndex()
        if huidig == VERDELING:
            self.team_tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        elif huidig == WACHTRIJ:
            self.wachtrij_tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.selectie.focus_inhoud()

    def vernieuw(self) -> None:
        """Load the distribution and the queue (F5; also each time the view is shown), and the chosen tab."""
        if not self.mag_verdelen:
            return
        self._generatie += 1
        generatie = self._generatie
        caseloads, team, actor, vandaag = self._diensten.caseloads, self._diensten.team, self._actor, self._vandaag()
        vorige = self.gekozen_begeleider

        def laad() -> tuple[Teamverdeling, list[CaseloadRow]]:
            return team.teamverdeling(actor, vandaag=vandaag), caseloads.intake_wachtrij(actor, vandaag=vandaag)

        def stap() -> None:
            self.taken.submit(
                laad,
                lambda uit: self._na_laden(generatie, uit[0], uit[1], vorige.begeleider_id if vorige else None),
                lambda fout: self._fout(fout, stap, self.tr("Het team kon niet worden geladen.")),
            )

        stap()
        if self.tabs.currentIndex() == SELECTIE:
            self.selectie.vernieuw()

    def _na_laden(
        self, generatie: int, verdeling: Teamverdeling, wachtrij: list[CaseloadRow], vorige: int | None
    ) -> None:
        if generatie != self._generatie:
            return
        self.verdeling = verdeling
        self.team_model.zet_rijen(verdeling.rijen)
        self.selectie.zet_begeleiders(verdeling.rijen)
        open_ = sum(r.open_trajecten for r in verdeling.rijen)
        self.samenvatting.setText(
            self.tr(
                "%1 begeleiders, %2 open trajecten, gemiddeld %3 per begeleider. Intake-wachtrij: %4, waarvan %5 "
                "te laat."
            )
            .replace("%1", _NL.toString(len(verdeling.rijen)))
            .replace("%2", _NL.toString(open_))
            .replace("%3", formaat_getal(self.team_model.gemiddelde))
            .replace("%4", _NL.toString(verdeling.wachtrij))
            .replace("%5", _NL.toString(verdeling.wachtrij_te_laat))
        )
        rij = 0
        for i in range(self.team_proxy.rowCount()):
            if self.team_proxy.rij(i).begeleider_id == vorige:
                rij = i
        if self.team_proxy.rowCount():
            # the reset cleared the current row, so this always (re)loads the chosen begeleider's trajecten
            self.team_tabel.setCurrentIndex(self.team_proxy.index(rij, 0))
        else:
            self._on_begeleider(None)
        vorige_traject = self.wachtrij_tabel.huidige_rij()
        self.wachtrij_model.zet_rijen(wachtrij)
        self.wachtrij_leeg.setVisible(not wachtrij)
        self.wachtrij_tabel.setVisible(bool(wachtrij))
        self._kies(self.wachtrij_tabel, vorige_traject.traject_id if isinstance(vorige_traject, CaseloadRow) else None)
        te_laat = verdeling.wachtrij_te_laat
        self.tabs.setTabText(
            WACHTRIJ,
            self.tr("&Intake-wachtrij (%1)").replace("%1", _NL.toString(verdeling.wachtrij))
            + (self.tr(", %1 te laat").replace("%1", _NL.toString(te_laat)) if te_laat else ""),
        )
        self.tabs.setTabIcon(
            WACHTRIJ, icon("waarschuwing", self._kleuren.aandacht) if te_laat else icon("klok", self._kleuren.accent)
        )
        self._werk_knoppen_bij()

    @staticmethod
    def _kies(tabel: DataTabel, traject_id: int | None) -> None:
        proxy = tabel.proxy
        for i in range(proxy.rowCount()):
            if proxy.rij(i).traject_id == traject_id:
                tabel.setCurrentIndex(proxy.index(i, 0))
                return
        tabel.kies_eerste()

    def _on_begeleider(self, rij: TeamRow | None) -> None:
        self._caseload_generatie += 1
        if rij is None:
            self.caseload_bezig.zet_actief(False)  # a load still under way is dropped by its generation
            self.caseload_model.zet_rijen([])
            self.caseload_label.setText(self.tr("&Trajecten"))
            self._werk_knoppen_bij()
            return
        self.caseload_label.setText(self.tr("&Trajecten van %1").replace("%1", rij.naam))
        generatie = self._caseload_generatie
        caseloads, actor, vandaag, begeleider_id = (
            self._diensten.caseloads,
            self._actor,
            self._vandaag(),
            rij.begeleider_id,
        )
        vorige = self.caseload_tabel.huidige_rij()
        vorige_id = vorige.traject_id if isinstance(vorige, CaseloadRow) else None
        self.caseload_bezig.zet_actief(True)

        def klaar(rijen: list[CaseloadRow]) -> None:
            if generatie != self._caseload_generatie:
                return
            self.caseload_bezig.zet_actief(False)
            self.caseload_model.zet_rijen(rijen)
            self._kies(self.caseload_tabel, vorige_id)
            self._werk_knoppen_bij()

        def fout(exc: BaseException) -> None:
            self.caseload_bezig.zet_actief(False)
            self._fout(exc, lambda: self._on_begeleider(rij), self.tr("De trajecten konden niet worden geladen."))

        self.taken.submit(lambda: caseloads.caseload(actor, vandaag=vandaag, begeleider_id=begeleider_id), klaar, fout)

    def _werk_knoppen_bij(self) -> None:
        in_caseload = isinstance(self.caseload_tabel.huidige_rij(), CaseloadRow)
        in_wachtrij = isinstance(self.wachtrij_tabel.huidige_rij(), CaseloadRow)
        self.overdragen_knop.setEnabled(in_caseload)
        self.caseload_klantbeeld_knop.setEnabled(in_caseload)
        self.toewijzen_knop.setEnabled(in_wachtrij)
        self.wachtrij_klantbeeld_knop.setEnabled(in_wachtrij)

    def _on_tab(self, index: int) -> None:
        if index == SELECTIE:
            self.selectie.vernieuw()

    # --- assigning ----------------------------------------------------------------------------------------------

    @staticmethod
    def gekozen(tabel: DataTabel) -> list[CaseloadRow]:
        """The selected trajecten of a table (Ctrl+click, Shift+arrow), in table order; else the current one."""
        rijen = sorted(tabel.selectionModel().selectedRows(), key=lambda i: i.row())
        uit = [i.data(RIJ_ROLE) for i in rijen if isinstance(i.data(RIJ_ROLE), CaseloadRow)]
        huidig = tabel.huidige_rij()
        if not uit and isinstance(huidig, CaseloadRow):
            uit = [huidig]
        return uit

    def toewijzen(self) -> None:
        """Assign the chosen trajecten of the intake queue (Enter on a row)."""
        self.open_toewijzen(self.gekozen(self.wachtrij_tabel))

    def overdragen(self) -> None:
        """Hand the chosen trajecten of the chosen begeleider over to another (Enter on a row)."""
        self.open_toewijzen(self.gekozen(self.caseload_tabel))

    def open_toewijzen(self, traject: CaseloadRow | list[CaseloadRow]) -> ToewijzenDialoog | None:
        if self.verdeling is None or not traject:
            return None
        dialoog = ToewijzenDialoog(
            self,
            trajecten=self._diensten.trajecten,
            taken=self._diensten.taken,
            runner=self._runner,
            actor=self._actor,
            kleuren=self._kleuren,
            traject=traject,
            begeleiders=self.verdeling.rijen,
            vandaag=self._vandaag(),
        )
        dialoog.uitgevoerd.connect(self._na_toewijzing)
        dialoog.conflict_gezien.connect(self.vernieuw)
        self.dialoog = dialoog
        dialoog.open()
        return dialoog

    def _na_toewijzing(self, uitkomst: Toewijzing | Toewijzingen) -> None:
        if isinstance(uitkomst, Toewijzingen):
            self._na_toewijzingen(uitkomst)
            return
        tekst = (
            self.tr("Het traject van %1 staat nu in de caseload van %2.")
            .replace("%1", uitkomst.burger)
            .replace("%2", uitkomst.begeleider)
        )
        if uitkomst.taak_fout:
            self.melding.toon(
                Status.AANDACHT,
                tekst
                + " "
                + self.tr(
                    "Uw reden kon niet als taak worden vastgelegd (%1); laat het de begeleider zelf weten."
                ).replace("%1", uitkomst.taak_fout),
            )
        else:
            self.melding.toon(Status.OK, tekst + " " + self.tr("Uw reden staat bij de begeleider als taak."))
        self.vernieuw()
        self.gewijzigd.emit()

    def _na_toewijzingen(self, uitkomst: Toewijzingen) -> None:
        tekst = (
            self.tr("%1 trajecten staan nu in de caseload van %2; uw reden staat bij elk als taak.")
            .replace("%1", str(len(uitkomst.gelukt)))
            .replace("%2", uitkomst.begeleider)
        )
        zonder_taak = [t.burger for t in uitkomst.gelukt if t.taak_fout]
        if zonder_taak:
            tekst += " " + self.tr("Geen taak met de reden bij: %1.").replace("%1", ", ".join(zonder_taak))
        if uitkomst.mislukt:
            tekst += " " + self.tr("Niet gelukt: %1").replace(
                "%1", "; ".join(f"{naam}: {melding}" for naam, melding in uitkomst.mislukt)
            )
        self.melding.toon(Status.AANDACHT if uitkomst.mislukt or zonder_taak else Status.OK, tekst)
        self.vernieuw()
        if uitkomst.gelukt:
            self.gewijzigd.emit()

    def _na_selectie(self) -> None:
        self.vernieuw()
        self.gewijzigd.emit()

    # --- signals ------------------------------------------------------------------------------------------------

    def signalen_draaien(self) -> SignalenDraaienDialoog | None:
        if not self.mag_draaien:
            return None
        dialoog = SignalenDraaienDialoog(
            self,
            motor=self._diensten.signaalmotor,
            runner=self._runner,
            actor=self._actor,
            kleuren=self._kleuren,
            vandaag=self._vandaag(),
        )
        dialoog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialoog.klaar.connect(self._na_signalen)
        self.dialoog = dialoog
        dialoog.open()
        return dialoog

    def _na_signalen(self, _rapport: Signaalrapport) -> None:
        self.vernieuw()

    # --- errors and other -----------------------------------------------------------------------------------------

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None], algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, VerbindingFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Team: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=True)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def _open_klantbeeld(self, tabel: DataTabel) -> None:
        rij = tabel.huidige_rij()
        if isinstance(rij, CaseloadRow):
            self.klantbeeld_gevraagd.emit(rij.burger_id, rij.naam)

    def heeft_onopgeslagen_invoer(self) -> bool:
        return self.selectie.heeft_onopgeslagen_invoer()
