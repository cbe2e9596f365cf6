"""The Regelingen view: payment arrangements for the household shown in the klantbeeld (issue #4).

What belongs here: `RegelingenView`, which loads a household's claims and arrangements through the TaskRunner
(`Regelingen.vorderingen` and `Regelingen.regelingen`) and hosts two pages: "Nieuwe regeling" (`RegelingEditor`)
and "Lopende regelingen" (`LopendePaneel`). After every write it reloads, keeps the arrangement in view and says
`gewijzigd`, so the main window refreshes the klantbeeld and the task count. It is opened from the klantbeeld
("Regeling maken…"); without a household it says how to get one. Errors appear in the banner with a retry.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedLayout, QTabWidget, QVBoxLayout, QWidget

from models.store.fouten import GeenToegang, NietGevonden, OpslagFout
from models.store.interfaces import Diensten
from models.store.rows import MedewerkerRow
from models.store.rows_regelingen import RegelingDetail, VoorstelUitkomst, VorderingOverzicht
from models.store.toegang import Bevoegdheid, mag
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.resources import icon, icon_pixmap
from ui.tasks import TaskRunner, ViewTaken
from ui.views.regelingen.editor import RegelingEditor
from ui.views.regelingen.lopend import LopendePaneel
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk

__all__ = ["LOPEND", "NIEUW", "RegelingenView"]

log = logging.getLogger(__name__)

NIEUW, LOPEND = 0, 1


class RegelingenView(QWidget):
    """Signals:
    gewijzigd: an arrangement, a claim, a letter or a task changed (the klantbeeld and the task count refresh).
    """

    gewijzigd = Signal()

    def __init__(
        self,
        diensten: Diensten,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("regelingenView")
        self._dienst = diensten.regelingen
        self._actor = actor
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._burger_id: int | None = None
        self._naam = ""
        self._generatie = 0
        self._opnieuw: Callable[[], None] | None = None
        self.mag_maken = mag(actor.rol, Bevoegdheid.REGELING_STANDAARD)

        # --- empty state -------------------------------------------------------------------------------------
        self.leeg_pagina = QWidget(self)
        leeg_icoon = QLabel(self.leeg_pagina)
        leeg_icoon.setPixmap(icon_pixmap("regeling", kleuren.tekst_zacht, 48, self.devicePixelRatioF()))
        leeg_titel = QLabel(self.tr("Nog geen huishouden gekozen"), self.leeg_pagina)
        leeg_titel.setObjectName("titel")
        leeg_tekst = QLabel(
            self.tr(
                "Open een huishouden in het klantbeeld (Ctrl+K) en kies daar 'Regeling maken…'. Hier ziet u dan "
                "alle open vorderingen, maakt u een betalingsregeling en beheert u de lopende regelingen."
            ),
            self.leeg_pagina,
        )
        leeg_tekst.setObjectName("zacht")
        leeg_tekst.setWordWrap(True)
        leeg_tekst.setMaximumWidth(520)
        leeg_tekst.setAlignment(Qt.AlignmentFlag.AlignCenter)
        leeg_layout = QVBoxLayout(self.leeg_pagina)
        leeg_layout.addStretch(1)
        for w in (leeg_icoon, leeg_titel, leeg_tekst):
            leeg_layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        leeg_layout.addStretch(2)

        # --- the household's arrangements --------------------------------------------------------------------
        self.inhoud = QWidget(self)
        self.melding = MeldingBalk(kleuren, self.inhoud)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self.titel_label = QLabel(self.inhoud)
        self.titel_label.setObjectName("titel")
        self.bsn_label = QLabel(self.inhoud)
        self.bsn_label.setObjectName("bsn")
        self.bezig = BezigIndicator(self.tr("Vorderingen en regelingen laden…"), self.inhoud)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self.inhoud)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        self.editor = RegelingEditor(self._dienst, actor, runner, kleuren, self._vandaag, self.inhoud)
        self.editor.voorgesteld.connect(self._na_voorstel)
        self.lopend = LopendePaneel(
            self._dienst, diensten.documenten, actor, runner, kleuren, self._vandaag, self.inhoud
        )
        self.lopend.gewijzigd.connect(self._na_wijziging)
        self.tabs = QTabWidget(self.inhoud)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Onderdelen van Regelingen"))
        self.tabs.addTab(self.editor, icon("toevoegen", kleuren.accent), self.tr("&Nieuwe regeling"))
        self.tabs.addTab(self.lopend, icon("regeling", kleuren.accent), self.tr("&Lopende regelingen"))
        self.tabs.setTabVisible(NIEUW, self.mag_maken)

        kop = QHBoxLayout()
        kop.addWidget(self.titel_label)
        kop.addWidget(self.bsn_label)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(self.vernieuw_knop)
        inhoud_layout = QVBoxLayout(self.inhoud)
        inhoud_layout.setContentsMargins(16, 12, 16, 8)
        inhoud_layout.setSpacing(6)
        inhoud_layout.addWidget(self.melding)
        inhoud_layout.addLayout(kop)
        inhoud_layout.addWidget(self.tabs, 1)
        self.stapel = QStackedLayout(self)
        self.stapel.addWidget(self.leeg_pagina)
        self.stapel.addWidget(self.inhoud)

        # --- keyboard ----------------------------------------------------------------------------------------
        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.brief_actie = QAction(self.tr("Brief maken"), self)
        self.brief_actie.setShortcut(QKeySequence.StandardKey.Print)
        self.brief_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.brief_actie.triggered.connect(self._brief)
        self.addAction(self.vernieuw_actie)
        self.addAction(self.brief_actie)
        self.setTabOrder(self.vernieuw_knop, self.tabs)

    # --- state -------------------------------------------------------------------------------------------

    @property
    def burger_id(self) -> int | None:
        return self._burger_id

    def titel(self) -> str:
        return self.tr("Regelingen – %1").replace("%1", self._naam) if self._naam else self.tr("Regelingen")

    def heeft_onopgeslagen_invoer(self) -> bool:
        return self.editor.heeft_wijzigingen() or self.lopend.heeft_onopgeslagen_invoer()

    def focus_inhoud(self) -> None:
        if self._burger_id is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.tabs.currentIndex() == NIEUW:
            self.editor.vordering_tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.lopend.regeling_tabel.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- opening and loading -----------------------------------------------------------------------------

    def open_huishouden(self, burger_id: int, naam: str, bsn: str, *, tab: int | None = None) -> None:
        """Show this household's claims and arrangements (`tab`: NIEUW or LOPEND; default: a running arrangement
        opens on LOPEND, otherwise NIEUW)."""
        nieuw = burger_id != self._burger_id
        self._burger_id = burger_id
        self._naam = naam
        self.titel_label.setText(self.tr("Betalingsregelingen – %1").replace("%1", naam))
        self.bsn_label.setText(bsn_gemaskeerd(bsn))
        self.bsn_label.setAccessibleName(bsn_voorlezen(bsn))
        self.stapel.setCurrentWidget(self.inhoud)
        if nieuw:
            self.melding.verberg()
        self._laad(nieuw=nieuw, tab=tab)

    def vernieuw(self) -> None:
        """F5: load the household's claims and arrangements again."""
        if self._burger_id is not None:
            if self.melding.property("status") != Status.URGENT.value:
                self.melding.verberg()  # what it said was about the state before this reload
            self._laad(nieuw=False)

    def _laad(
        self, *, nieuw: bool, tab: int | None = None, kies: int | None = None, editor_opnieuw: bool = False
    ) -> None:
        if self._dienst is None or self._burger_id is None:
            return
        self._generatie += 1
        generatie = self._generatie
        dienst, actor, burger_id, vandaag = self._dienst, self._actor, self._burger_id, self._vandaag()

        def haal() -> tuple[list[VorderingOverzicht], list[RegelingDetail]]:
            return (
                dienst.vorderingen(actor, burger_id, vandaag=vandaag),
                dienst.regelingen(actor, burger_id, vandaag=vandaag),
            )

        def stap() -> None:
            self.taken.submit(
                haal,
                lambda uit: self._na_laden(
                    generatie, uit, nieuw=nieuw, tab=tab, kies=kies, editor_opnieuw=editor_opnieuw
                ),
                lambda fout: self._laad_fout(generatie, fout, stap),
            )

        stap()

    def _na_laden(
        self,
        generatie: int,
        uitkomst: tuple[list[VorderingOverzicht], list[RegelingDetail]],
        *,
        nieuw: bool,
        tab: int | None,
        kies: int | None,
        editor_opnieuw: bool = False,
    ) -> None:
        if generatie != self._generatie or self._burger_id is None:
            return
        vorderingen, regelingen = uitkomst
        if self.mag_maken:
            self.editor.zet_vorderingen(self._burger_id, vorderingen, nieuw=nieuw or editor_opnieuw)
        self.lopend.zet_regelingen(regelingen, vorderingen, kies=kies)
        if tab is None and nieuw:
            tab = LOPEND if any(r.loopt for r in regelingen) or not self.mag_maken else NIEUW
        if tab is not None:
            self.tabs.setCurrentIndex(tab if self.mag_maken else LOPEND)
        if nieuw:
            self.focus_inhoud()

    def _laad_fout(self, generatie: int, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        if generatie != self._generatie:
            return
        self._opnieuw = opnieuw
        if isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Regelingen laden mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("De vorderingen en regelingen konden niet worden geladen. De details staan in het logbestand."),
                opnieuw=True,
            )

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    # --- after writes ------------------------------------------------------------------------------------

    def _na_voorstel(self, uitkomst: VoorstelUitkomst) -> None:
        regeling = uitkomst.regeling
        if uitkomst.ter_beoordeling and uitkomst.beoordeling is not None:
            redenen = "; ".join(uitkomst.beoordeling.redenen)
            if regeling is None:
                tekst = self.tr(
                    "De betalingscapaciteit is te laag voor een termijn. Uw voorstel om geen "
                    "invorderingsmaatregelen te nemen wacht op beoordeling door een supervisor. U krijgt een taak "
                    "met de uitkomst."
                )
            else:
                tekst = (
                    self.tr(
                        "Voorstel opgeslagen (regeling %1). Het wacht op beoordeling door een supervisor, omdat het "
                        "buiten het beleid valt: %2. Pas na goedkeuring is het actief; u krijgt een taak met de "
                        "uitkomst."
                    )
                    .replace("%1", str(regeling.id))
                    .replace("%2", redenen)
                )
            self.melding.toon(Status.INFO, tekst)
        elif regeling is not None:
            eerste = regeling.volgende_termijn
            self.melding.toon(
                Status.OK,
                self.tr("Regeling %1 is nu actief: %2 per maand, %3 termijnen, de eerste op %4.")
                .replace("%1", str(regeling.id))
                .replace("%2", formaat.euro(regeling.regeling.termijnbedrag))
                .replace("%3", str(len(regeling.schema)))
                .replace("%4", formaat.datum(eerste.vervaldatum) if eerste else "–"),
            )
        self.tabs.setCurrentIndex(LOPEND)
        self._laad(nieuw=False, kies=None if regeling is None else regeling.id, editor_opnieuw=True)
        self.gewijzigd.emit()

    def _na_wijziging(self, regeling_id: int) -> None:
        self._laad(nieuw=False, kies=regeling_id)
        self.gewijzigd.emit()

    def _brief(self) -> None:
        if self.tabs.currentIndex() == LOPEND:
            self.lopend.maak_brief()
