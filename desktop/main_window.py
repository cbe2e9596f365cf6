"""The main window: title bar with the Ctrl+K search and the user, the navigation rail, the views, the status bar.

What belongs here: `HoofdVenster` (UI.md "Main window"). It hosts the views of `ui/views`, shows only the rail
entries the role may use (Alt+1..n), keeps a back history (Alt+Left) in which a klantbeeld is kept as it was
loaded (going back shows it again without a new access), lists recently opened households first in Ctrl+K, and
shows in the status bar the store, the user, the role, today's open tasks and the connection state. Window
geometry is kept through `AppSettings`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import AppSettings
from models.domain import Rol
from models.store.interfaces import Diensten
from models.store.rows import Klantbeeld, MedewerkerRow, TaakRow, ZoekResultaat
from models.store.toegang import Bevoegdheid, mag
from ui.dialogs import meldingen
from ui.dialogs.sneltoetsen_dialoog import SneltoetsenDialoog
from ui.palet import Kleuren, Status
from ui.resources import icon, icon_pixmap
from ui.tasks import TaskRunner, ViewTaken
from ui.views.balie.view import BalieView
from ui.views.beoordelen_view import BeoordelenView
from ui.views.caseload_view import CaseloadView
from ui.views.dashboard_view import DashboardView
from ui.views.inzage_view import InzageView
from ui.views.klantbeeld.view import KlantbeeldView
from ui.views.regelingen.view import RegelingenView
from ui.views.signalen_view import SignalenView
from ui.views.taken_view import TakenView
from ui.views.team_view import TeamView
from ui.views.zoeken_view import ZoekenView
from ui.widgets.rail import NavigatieRail
from ui.widgets.snelzoeken import Recent, SnelZoeken
from ui.widgets.verbindingsbanner import Herverbinder, Schrijfcontrole, VerbindingsBanner

__all__ = ["HoofdVenster"]

ZOEKEN = "zoeken"
KLANTBEELD = "klantbeeld"
INZAGELOG = "inzagelog"
REGELINGEN = "regelingen"
BEOORDELEN = "beoordelen"
CASELOAD = "caseload"
SIGNALEN = "signalen"
TAKEN = "taken"
BALIE = "balie"
DASHBOARD = "dashboard"
TEAM = "team"
MAX_HISTORIE = 30

Stand = tuple[str, Klantbeeld | None]


class HoofdVenster(QMainWindow):
    """Signals:
    gesloten(bool): the window closed; True when the user chose to work as another staff member (the
        composition root then shows the login again), False when the user is done.
    verbinding_gevraagd: the user chose "Verbinding met de teamserver…" (the composition root shows the
        connection dialog).
    """

    gesloten = Signal(bool)
    verbinding_gevraagd = Signal()

    def __init__(
        self,
        diensten: Diensten,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        settings: AppSettings,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("hoofdvenster")
        self.setWindowIcon(icon("app", "#01689B"))
        self._diensten = diensten
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._settings = settings
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._huidig: Stand = (ZOEKEN, None)
        self._terug: list[Stand] = []
        self._afmelden = False

        # --- title bar ---------------------------------------------------------------------------------------
        kopbalk = QFrame(self)
        kopbalk.setObjectName("kopbalk")
        logo = QLabel(kopbalk)
        logo.setPixmap(icon_pixmap("app", "#01689B", 24, self.devicePixelRatioF()))
        titel = QLabel(self.tr("Werkplek Toeslagen"), kopbalk)
        titel.setObjectName("appTitel")
        self.snelzoeken = SnelZoeken(kopbalk)
        self.snelzoeken.setMaximumWidth(560)
        self.snelzoeken.setMinimumWidth(320)
        self.gebruiker_knop = QToolButton(kopbalk)
        self.gebruiker_knop.setObjectName("gebruikerKnop")
        self.gebruiker_knop.setText(actor.naam)
        self.gebruiker_knop.setIcon(icon("gebruiker", "#FFFFFF"))
        self.gebruiker_knop.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.gebruiker_knop.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.gebruiker_knop.setAccessibleName(
            self.tr("Aangemeld als %1, %2").replace("%1", actor.naam).replace("%2", actor.rol.label.lower())
        )
        self.gebruiker_menu = QMenu(self.gebruiker_knop)
        self.sneltoetsen_actie = QAction(icon("toetsenbord"), self.tr("&Sneltoetsen"), self)
        self.sneltoetsen_actie.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.sneltoetsen_actie.triggered.connect(self.toon_sneltoetsen)
        self.afmelden_actie = QAction(icon("afmelden"), self.tr("&Andere medewerker kiezen…"), self)
        self.afmelden_actie.triggered.connect(self.afmelden)
        self.verbinding_actie = QAction(icon("opslag"), self.tr("&Verbinding met de teamserver…"), self)
        self.verbinding_actie.triggered.connect(self.verbinding_gevraagd)
        self.afsluiten_actie = QAction(self.tr("A&fsluiten"), self)
        self.afsluiten_actie.setShortcut(QKeySequence("Ctrl+Q"))
        self.afsluiten_actie.triggered.connect(self.close)
        for actie in (self.sneltoetsen_actie, self.verbinding_actie, self.afmelden_actie, self.afsluiten_actie):
            self.gebruiker_menu.addAction(actie)
            self.addAction(actie)
        self.gebruiker_knop.setMenu(self.gebruiker_menu)
        kop = QHBoxLayout(kopbalk)
        kop.setContentsMargins(12, 6, 12, 6)
        kop.setSpacing(10)
        kop.addWidget(logo)
        kop.addWidget(titel)
        kop.addSpacing(24)
        kop.addWidget(self.snelzoeken, 1)
        kop.addStretch(0)
        kop.addWidget(self.gebruiker_knop)

        # --- rail and views ----------------------------------------------------------------------------------
        self.rail = NavigatieRail(kleuren, self)
        self.stapel = QStackedWidget(self)
        self.views: dict[str, QWidget] = {}
        self.zoeken = ZoekenView(diensten.zoeken, actor, runner, kleuren, self.stapel)
        self.klantbeeld = KlantbeeldView(diensten, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
        self.balie: BalieView | None = None
        self._balie_burgers: set[int] = set()
        if diensten.balie is not None and not mag(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG):
            # the counter works in one screen (issue #7) instead of Zoeken + the restricted Klantbeeld
            self.balie = BalieView(diensten, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
            self._voeg_view_toe(BALIE, self.tr("Balie"), "balie", self.balie)
            self.balie.gewijzigd.connect(self.vernieuw_taken)
            self.balie.geopend.connect(lambda _beeld: self._werk_titel_bij())
            self.balie.geopend.connect(lambda beeld: self._balie_burgers.add(beeld.klantbeeld.burger.id))
            self.zoeken.hide()
            self.klantbeeld.hide()
        else:
            if mag(actor.rol, Bevoegdheid.ZOEKEN_BSN):
                self._voeg_view_toe(ZOEKEN, self.tr("Zoeken"), "zoeken", self.zoeken)
            if mag(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG) or mag(actor.rol, Bevoegdheid.KLANTBEELD_BEPERKT):
                self._voeg_view_toe(KLANTBEELD, self.tr("Klantbeeld"), "klantbeeld", self.klantbeeld)
        # persoonlijke begeleiding (issue #5): the begeleider's caseload (their home screen), signals and tasks
        self.caseload: CaseloadView | None = None
        self.signalen: SignalenView | None = None
        self.takenlijst: TakenView | None = None
        begeleiding = diensten.begeleiding
        if begeleiding is not None and mag(actor.rol, Bevoegdheid.CASELOAD_EIGEN):
            self.caseload = CaseloadView(
                begeleiding.caseloads, actor, runner, kleuren, self.stapel, vandaag=self._vandaag
            )
            self._voeg_view_toe(CASELOAD, self.tr("Caseload"), "begeleider", self.caseload)
            self.caseload.klantbeeld_gevraagd.connect(self.open_klantbeeld)
        if begeleiding is not None and mag(actor.rol, Bevoegdheid.SIGNALEN_LEZEN):
            self.signalen = SignalenView(
                begeleiding.signalen, actor, runner, kleuren, self.stapel, vandaag=self._vandaag
            )
            self._voeg_view_toe(SIGNALEN, self.tr("Signalen"), "signaal", self.signalen)
            self.signalen.klantbeeld_gevraagd.connect(self.open_klantbeeld)
            self.signalen.gewijzigd.connect(self.vernieuw_taken)
        if begeleiding is not None and mag(actor.rol, Bevoegdheid.CASELOAD_EIGEN):
            self.takenlijst = TakenView(begeleiding.taken, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
            self._voeg_view_toe(TAKEN, self.tr("Taken"), "taak", self.takenlijst)
            self.takenlijst.klantbeeld_gevraagd.connect(self.open_klantbeeld)
            self.takenlijst.gewijzigd.connect(self.vernieuw_taken)
        self.inzagelog: InzageView | None = None
        if diensten.inzage is not None and mag(actor.rol, Bevoegdheid.AUDIT_LEZEN):
            self.inzagelog = InzageView(diensten.inzage, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
            self._voeg_view_toe(INZAGELOG, self.tr("Inzagelog"), "klok", self.inzagelog)
        self.regelingen: RegelingenView | None = None
        if diensten.regelingen is not None and mag(actor.rol, Bevoegdheid.REGELING_STANDAARD):
            self.regelingen = RegelingenView(diensten, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
            self._voeg_view_toe(REGELINGEN, self.tr("Regelingen"), "regeling", self.regelingen)
        self.beoordelen: BeoordelenView | None = None
        if diensten.beoordelingen is not None and mag(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN):
            self.beoordelen = BeoordelenView(
                diensten.beoordelingen, actor, runner, kleuren, self.stapel, vandaag=self._vandaag
            )
            self._voeg_view_toe(BEOORDELEN, self.tr("Beoordelen"), "ok", self.beoordelen)
        self.team: TeamView | None = None
        if diensten.begeleiding is not None and mag(actor.rol, Bevoegdheid.CASELOAD_ALLES):
            self.team = TeamView(diensten.begeleiding, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
            self._voeg_view_toe(TEAM, self.tr("Team"), "team", self.team)
            self.team.gewijzigd.connect(self.vernieuw_taken)
            self.team.klantbeeld_gevraagd.connect(self.open_klantbeeld)
        self.dashboard: DashboardView | None = None
        if diensten.kpi is not None and mag(actor.rol, Bevoegdheid.DASHBOARD):
            self.dashboard = DashboardView(diensten.kpi, actor, runner, kleuren, self.stapel, vandaag=self._vandaag)
            self._voeg_view_toe(DASHBOARD, self.tr("Dashboard"), "grafiek", self.dashboard)
            self.dashboard.klantbeeld_gevraagd.connect(self.open_klantbeeld)
        self.rail.gekozen.connect(self.ga_naar)

        midden = QWidget(self)
        midden_layout = QHBoxLayout(midden)
        midden_layout.setContentsMargins(0, 0, 0, 0)
        midden_layout.setSpacing(0)
        midden_layout.addWidget(self.rail)
        midden_layout.addWidget(self.stapel, 1)
        centraal = QWidget(self)
        centraal_layout = QVBoxLayout(centraal)
        centraal_layout.setContentsMargins(0, 0, 0, 0)
        centraal_layout.setSpacing(0)
        centraal_layout.addWidget(kopbalk)
        self.verbindingsbanner = VerbindingsBanner(
            kleuren, centraal, teamserver=diensten.omschrijving.startswith("Teamserver")
        )
        banner_layout = QHBoxLayout()  # an empty layout takes no room: no gap while the banner is hidden
        banner_layout.setContentsMargins(12, 8, 12, 0)
        banner_layout.addWidget(self.verbindingsbanner)
        centraal_layout.addLayout(banner_layout)
        centraal_layout.addWidget(midden, 1)
        self.setCentralWidget(centraal)

        # --- status bar --------------------------------------------------------------------------------------
        balk = self.statusBar()
        balk.setSizeGripEnabled(True)
        self.opslag_label = self._status_label("opslag", diensten.omschrijving, self.tr("Opslag"))
        self.gebruiker_label = self._status_label("gebruiker", actor.naam, self.tr("Medewerker"))
        self.rol_label = self._status_label(
            "begeleider", self.tr("Rol: %1").replace("%1", actor.rol.label.lower()), self.tr("Rol")
        )
        self.taken_label = self._status_label("taak", self.tr("taken laden…"), self.tr("Taken"))
        self.verbinding_label = self._status_label("ok", self.tr("verbonden"), self.tr("Verbinding"))
        for label in (self.opslag_label, self.gebruiker_label, self.rol_label, self.taken_label):
            balk.addWidget(label)
        balk.addPermanentWidget(self.verbinding_label)
        self._zet_verbinding(True)

        # --- actions -----------------------------------------------------------------------------------------
        self.zoek_actie = QAction(self.tr("Zoeken"), self)
        self.zoek_actie.setShortcut(QKeySequence("Ctrl+K"))
        self.zoek_actie.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.zoek_actie.triggered.connect(self.snelzoeken.activeer)
        self.terug_actie = QAction(icon("terug"), self.tr("Terug"), self)
        self.terug_actie.setShortcut(QKeySequence.StandardKey.Back)
        self.terug_actie.triggered.connect(self.terug)
        self.addAction(self.zoek_actie)
        self.addAction(self.terug_actie)

        # --- wiring ------------------------------------------------------------------------------------------
        self.snelzoeken.zoek_gevraagd.connect(self._on_snelzoeken)
        self.snelzoeken.recent_gekozen.connect(self._on_recent)
        self.zoeken.burger_gekozen.connect(self._on_gevonden)
        self.klantbeeld.geopend.connect(self._on_geopend)
        self.klantbeeld.geannuleerd.connect(self._on_geannuleerd)
        self.klantbeeld.gewijzigd.connect(self.vernieuw_taken)
        self.klantbeeld.regeling_gevraagd.connect(self.open_regelingen)
        if self.regelingen is not None:
            self.regelingen.gewijzigd.connect(self._na_regelingen)
        if self.beoordelen is not None:
            self.beoordelen.gewijzigd.connect(self.vernieuw_taken)
            self.beoordelen.klantbeeld_gevraagd.connect(self.open_klantbeeld)
        runner.verbinding_changed.connect(self._zet_verbinding)
        medewerkers, gebruikersnaam = diensten.medewerkers, actor.gebruikersnaam
        self.herverbinder = Herverbinder(runner, lambda: medewerkers.op_gebruikersnaam(gebruikersnaam), self)
        self.verbindingsbanner.koppel(self.herverbinder)
        self.herverbinder.hersteld.connect(self._na_herstel)
        self.setTabOrder(self.snelzoeken, self.gebruiker_knop)

        self.setMinimumSize(1024, 680)
        if not settings.herstel_venster(self):
            self.resize(1440, 900)
        if self.balie is not None:
            self._huidig = (BALIE, None)
        elif self.caseload is not None and actor.rol == Rol.BEGELEIDER:
            self._huidig = (CASELOAD, None)  # the begeleider's home screen
        self._toon(self._huidig[0])
        self._werk_titel_bij()
        self.vernieuw_taken()

    # --- building blocks ---------------------------------------------------------------------------------

    def _voeg_view_toe(self, sleutel: str, tekst: str, icoon: str, view: QWidget) -> None:
        self.views[sleutel] = view
        self.stapel.addWidget(view)
        self.rail.voeg_toe(sleutel, tekst, icoon)

    def _status_label(self, icoon: str, tekst: str, naam: str) -> QWidget:
        houder = QWidget(self)
        houder.setObjectName("statusItem")
        plaatje = QLabel(houder)
        plaatje.setObjectName("statusIcoon")
        plaatje.setPixmap(icon_pixmap(icoon, self._kleuren.accent, 14, self.devicePixelRatioF()))
        label = QLabel(tekst, houder)
        label.setObjectName("statusTekst")
        layout = QHBoxLayout(houder)
        layout.setContentsMargins(6, 0, 10, 0)
        layout.setSpacing(5)
        layout.addWidget(plaatje)
        layout.addWidget(label)
        houder.setAccessibleName(f"{naam}: {tekst}")
        return houder

    @staticmethod
    def _zet_status(houder: QWidget, tekst: str, pixmap: object | None = None) -> None:
        label = houder.findChild(QLabel, "statusTekst")
        assert label is not None
        label.setText(tekst)
        if pixmap is not None:
            plaatje = houder.findChild(QLabel, "statusIcoon")
            assert plaatje is not None
            plaatje.setPixmap(pixmap)  # type: ignore[arg-type]
        naam = houder.accessibleName().split(":")[0]
        houder.setAccessibleName(f"{naam}: {tekst}")

    @staticmethod
    def status_tekst(houder: QWidget) -> str:
        label = houder.findChild(QLabel, "statusTekst")
        return label.text() if label is not None else ""

    # --- navigation --------------------------------------------------------------------------------------

    @property
    def huidige_view(self) -> str:
        return self._huidig[0]

    @property
    def historie(self) -> list[Stand]:
        return list(self._terug)

    def _toon(self, sleutel: str) -> None:
        view = self.views.get(sleutel)
        if view is None:
            return
        self.stapel.setCurrentWidget(view)
        self.rail.markeer(sleutel)
        self._werk_titel_bij()
        if sleutel == ZOEKEN:
            self.zoeken.focus_eerste_veld()
        elif sleutel == BALIE and self.balie is not None:
            self.balie.focus_eerste_veld()
        elif sleutel == INZAGELOG and self.inzagelog is not None:
            self.inzagelog.focus_eerste_veld()
        elif sleutel == REGELINGEN and self.regelingen is not None:
            kb = self.klantbeeld.klantbeeld
            if self.balie is not None:  # the counter: the citizen identified in the Balie screen
                kb = self.balie.beeld.klantbeeld if self.balie.beeld is not None else None
            if kb is not None and self.regelingen.burger_id != kb.burger.id:
                self.regelingen.open_huishouden(kb.burger.id, kb.burger.naam, kb.burger.bsn)
            self.regelingen.focus_inhoud()
        elif sleutel == BEOORDELEN and self.beoordelen is not None:
            self.beoordelen.vernieuw()
            self.beoordelen.focus_inhoud()
        elif sleutel == CASELOAD and self.caseload is not None:
            self.caseload.vernieuw()
            self.caseload.focus_inhoud()
        elif sleutel == SIGNALEN and self.signalen is not None:
            self.signalen.toon_als_nodig()
            self.signalen.focus_inhoud()
        elif sleutel == TAKEN and self.takenlijst is not None:
            self.takenlijst.vernieuw()
            self.takenlijst.focus_inhoud()
        elif sleutel == TEAM and self.team is not None:
            self.team.vernieuw()
            self.team.focus_inhoud()
        elif sleutel == DASHBOARD and self.dashboard is not None:
            self.dashboard.toon()
        else:
            self.klantbeeld.focus_inhoud()

    def _push(self) -> None:
        self._terug.append(self._huidig)
        del self._terug[:-MAX_HISTORIE]

    def ga_naar(self, sleutel: str) -> None:
        """A rail entry (Alt+1..n)."""
        if (
            sleutel == REGELINGEN
            and self.balie is not None
            and self.regelingen is not None
            and self.balie.beeld is None
            and (self.regelingen.burger_id is None or self.regelingen.burger_id in self._balie_burgers)
        ):
            # the counter's Regelingen follow the citizen identified in the Balie screen: first identify (and a
            # previous visitor is not shown again after "Nieuwe burger")
            self.balie.melding.toon(Status.INFO, self.tr("Zoek eerst de burger op; daarna ziet u de regelingen."))
            sleutel = BALIE
        if sleutel == self._huidig[0]:
            self._toon(sleutel)
            return
        self._push()
        self._huidig = (sleutel, self.klantbeeld.klantbeeld if sleutel == KLANTBEELD else None)
        self._toon(sleutel)

    def terug(self) -> None:
        """Alt+Left: the previous screen; a klantbeeld comes back as it was loaded (no new access-log entry)."""
        if not self._terug:
            return
        sleutel, kb = self._terug.pop()
        self._huidig = (sleutel, kb)
        if sleutel == KLANTBEELD and kb is not None and kb is not self.klantbeeld.klantbeeld:
            self.klantbeeld.toon(kb)
        self._toon(sleutel)

    def open_klantbeeld(self, burger_id: int, naam: str) -> None:
        """Open a household in the klantbeeld view (the view asks the reason and loads it)."""
        if self._huidig[0] != KLANTBEELD:
            self._push()
            self._huidig = (KLANTBEELD, self.klantbeeld.klantbeeld)
            self._toon(KLANTBEELD)
        self.klantbeeld.open_burger(burger_id, naam)

    def open_regelingen(self, kb: Klantbeeld, nieuw: bool) -> None:
        """The klantbeeld's "Regeling maken…": the Regelingen view for the household in view."""
        if self.regelingen is None:
            return
        self.regelingen.open_huishouden(kb.burger.id, kb.burger.naam, kb.burger.bsn, tab=0 if nieuw else 1)
        self.ga_naar(REGELINGEN)
        self._werk_titel_bij()

    def _na_regelingen(self) -> None:
        """An arrangement, claim, letter or task changed: the task count and the klantbeeld of that household."""
        self.vernieuw_taken()
        kb = self.klantbeeld.klantbeeld
        if kb is not None and self.regelingen is not None and kb.burger.id == self.regelingen.burger_id:
            self.klantbeeld.vernieuw()
        self._werk_titel_bij()

    def _on_gevonden(self, resultaat: ZoekResultaat) -> None:
        self.open_klantbeeld(resultaat.burger_id, resultaat.naam)

    def _on_recent(self, recent: Recent) -> None:
        self.open_klantbeeld(recent.burger_id, recent.naam)

    def _on_snelzoeken(self, tekst: str) -> None:
        if self.balie is not None:  # the counter looks up by exact BSN in its own screen
            self.ga_naar(BALIE)
            self.balie.zoek_bsn(tekst)
            self.snelzoeken.clear()
            return
        self.ga_naar(ZOEKEN)
        self.zoeken.zoek_vrij(tekst)
        self.snelzoeken.clear()

    def _on_geopend(self, kb: Klantbeeld) -> None:
        vorige = self._huidig
        if vorige[0] == KLANTBEELD and vorige[1] is not None and vorige[1].burger.id != kb.burger.id:
            self._push()
        self._huidig = (KLANTBEELD, kb)
        self.snelzoeken.recent.voeg_toe(Recent(kb.burger.id, kb.burger.naam, kb.burger.bsn))
        self._werk_titel_bij()
        if self.stapel.currentWidget() is self.klantbeeld:
            self.klantbeeld.focus_inhoud()

    def _on_geannuleerd(self) -> None:
        if self._huidig == (KLANTBEELD, None):
            self.terug()

    def _werk_titel_bij(self) -> None:
        sleutel = self._huidig[0]
        onderdeel = self.klantbeeld.titel() if sleutel == KLANTBEELD else self.tr("Zoeken")
        if sleutel == INZAGELOG:
            onderdeel = self.tr("Inzagelog")
        elif sleutel == BALIE and self.balie is not None:
            onderdeel = self.balie.titel()
        elif sleutel == REGELINGEN and self.regelingen is not None:
            onderdeel = self.regelingen.titel()
        elif sleutel == BEOORDELEN:
            onderdeel = self.tr("Beoordelen")
        elif sleutel == CASELOAD:
            onderdeel = self.tr("Mijn caseload")
        elif sleutel == SIGNALEN:
            onderdeel = self.tr("Signalen")
        elif sleutel == TAKEN:
            onderdeel = self.tr("Mijn taken")
        elif sleutel == TEAM:
            onderdeel = self.tr("Team")
        elif sleutel == DASHBOARD:
            onderdeel = self.tr("Dashboard")
        self.setWindowTitle(self.tr("%1 – Werkplek Toeslagen").replace("%1", onderdeel))

    # --- status ------------------------------------------------------------------------------------------

    def vernieuw_taken(self) -> None:
        contacten, actor = self._diensten.contacten, self._actor
        self.taken.submit(
            lambda: contacten.mijn_taken(actor),
            self._on_taken,
            lambda _fout: self._zet_status(self.taken_label, self.tr("taken niet beschikbaar")),
        )

    def _on_taken(self, taken: list[TaakRow]) -> None:
        vandaag = self._vandaag()
        nu = [t for t in taken if t.vervaldatum <= vandaag]
        te_laat = sum(1 for t in nu if t.vervaldatum < vandaag)
        if not nu:
            tekst = self.tr("geen taken voor vandaag")
        elif len(nu) == 1:
            tekst = self.tr("1 taak voor vandaag")
        else:
            tekst = self.tr("%1 taken voor vandaag").replace("%1", str(len(nu)))
        if te_laat:
            tekst += ", " + self.tr("waarvan %1 te laat").replace("%1", str(te_laat))
        kleur = self._kleuren.urgent if te_laat else self._kleuren.accent
        self._zet_status(self.taken_label, tekst, icon_pixmap("taak", kleur, 14, self.devicePixelRatioF()))

    def _zet_verbinding(self, verbonden: bool) -> None:
        if verbonden:
            tekst, icoon, kleur = self.tr("verbonden"), "ok", self._kleuren.ok
        else:
            tekst, icoon, kleur = self.tr("geen verbinding met de opslag"), "fout", self._kleuren.urgent
        self._zet_status(self.verbinding_label, tekst, icon_pixmap(icoon, kleur, 14, self.devicePixelRatioF()))

    # --- the connection comes back -------------------------------------------------------------------------

    def _na_herstel(self) -> None:
        """The store answers again: bring what is on screen up to date and settle writes whose outcome was
        unknown when the connection dropped. Open forms are left as they are."""
        self.vernieuw_taken()
        kb = self.klantbeeld
        if kb.klantbeeld is not None:
            if kb.melding.isVisible() and kb.melding.property("status") == Status.URGENT.value:
                kb.melding.verberg()  # the failed load is being repeated right now
            kb.vernieuw()
        if self.inzagelog is not None:
            self.inzagelog.na_herstel()
        contacten = self._diensten.contacten
        if isinstance(contacten, Schrijfcontrole) and contacten.onzeker():
            self.taken.submit(contacten.controleer_onzeker, self._na_controle, lambda _fout: None)

    def _na_controle(self, uitkomsten: list[tuple[str, bool]]) -> None:
        """Tell the user what became of each write that was in flight when the connection dropped."""
        for wat, vastgelegd in uitkomsten:
            if vastgelegd:
                tekst = self.tr("De verbinding is terug. We hebben het gecontroleerd: %1 is wel opgeslagen.")
            else:
                tekst = self.tr(
                    "De verbinding is terug. We hebben het gecontroleerd: %1 is niet opgeslagen. Uw invoer staat "
                    "er nog; kies 'Opnieuw proberen' om het op te slaan."
                )
            tekst = tekst.replace("%1", wat)
            self.verbindingsbanner.toon_uitkomst(tekst, Status.OK if vastgelegd else Status.AANDACHT)
            dialoog = self.klantbeeld.contact_dialoog
            if dialoog is not None and not dialoog.bezig_met_opslaan:
                if vastgelegd:
                    tekst += " " + self.tr("U kunt dit venster sluiten; 'Opnieuw proberen' maakt er geen tweede van.")
                dialoog.melding.toon(Status.OK if vastgelegd else Status.AANDACHT, tekst, opnieuw=True)

    # --- leaving -----------------------------------------------------------------------------------------

    def toon_sneltoetsen(self) -> None:
        namen = [self.rail.knop(s).text() for s in self.rail.sleutels]
        SneltoetsenDialoog(self, namen).open()

    def afmelden(self) -> None:
        """Close this window and choose another account (unsaved input is guarded as on every close)."""
        self._afmelden = True
        if not self.close():
            self._afmelden = False

    def closeEvent(self, event: QCloseEvent) -> None:
        onopgeslagen = self.klantbeeld.heeft_onopgeslagen_invoer() or (
            self.regelingen is not None and self.regelingen.heeft_onopgeslagen_invoer()
        )
        if onopgeslagen and not meldingen.bevestig_weggooien(self):
            event.ignore()
            return
        if self.klantbeeld.contact_dialoog is not None:
            self.klantbeeld.contact_dialoog.done(0)
        if self.regelingen is not None and self.regelingen.lopend.dialoog is not None:
            self.regelingen.lopend.dialoog.done(0)
        self._settings.bewaar_venster(self)
        self._settings.sync()
        super().closeEvent(event)
        self.gesloten.emit(self._afmelden)
