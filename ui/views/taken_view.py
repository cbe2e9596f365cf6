"""Taken: the staff member's open tasks, grouped te laat / vandaag / deze week / later (issue #5).

What belongs here: `TakenView`. The tasks (`Takenlijst.taken`) are one table whose first column is the group (icon
and word; overdue in the urgent colour with the number of days late), in that order, each group by due date;
checkable group buttons with counts narrow the list. "Afgerond" (Ctrl+Enter) completes the chosen task; Enter or
double-click opens the household's klantbeeld. After a change the view emits `gewijzigd`, so the main window's
task count stays right. Store work runs on the TaskRunner; errors show in the banner with a retry.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout
from models.store.interfaces_begeleiding import Takenlijst
from models.store.rows import MedewerkerRow, TaakRow
from models.store.rows_begeleiding import TakenOverzicht
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.signalen import Groep, TaakModel
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.weergave import STATUS_ICOON
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel

__all__ = ["TakenView"]

log = logging.getLogger(__name__)


class TakenView(QWidget):
    """Signals:
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    gewijzigd: a task was completed (the status bar's count changes).
    """

    klantbeeld_gevraagd = Signal(int, str)
    gewijzigd = Signal()

    def __init__(
        self,
        takenlijst: Takenlijst,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("takenView")
        self._dienst = takenlijst
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = 0
        self._opnieuw: Callable[[], None] | None = None
        self._bezig_met_afronden = False
        self.overzicht: TakenOverzicht | None = None
        self._focus_na_laden = False

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        titel = QLabel(self.tr("Mijn taken"), self)
        titel.setObjectName("titel")
        self.bezig = BezigIndicator(self.tr("Taken laden…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        self.groep_knoppen: dict[Groep, QPushButton] = {}
        for groep in Groep:
            k = QPushButton(icon(STATUS_ICOON[groep.status], kleuren.status(groep.status)), groep.label, self)
            k.setCheckable(True)
            k.setChecked(True)
            k.toggled.connect(self._filter_groepen)
            self.groep_knoppen[groep] = k

        self.model = TaakModel(kleuren, self._vandaag, self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Mijn open taken"), self)
        self.tabel.setAccessibleDescription(
            self.tr("Enter opent het klantbeeld; Ctrl+Enter zet de gekozen taak op afgerond.")
        )
        self.tabel.zet_kolombreedtes([170, 95, 125, 420, 240, 140])
        self.tabel.rij_geactiveerd.connect(self._open)
        self.tabel.rij_gekozen.connect(self._on_gekozen)
        tabel_label = QLabel(self.tr("&Taken"), self)
        tabel_label.setObjectName("sectie")
        tabel_label.setBuddy(self.tabel)
        self.leeg_label = QLabel(self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()

        self.afgerond_knop = QPushButton(icon("ok", kleuren.ok), self.tr("&Afgerond"), self)
        self.afgerond_knop.setToolTip(self.tr("De gekozen taak is gedaan (Ctrl+Enter)"))
        self.afgerond_knop.setAccessibleDescription(self.tr("Sneltoets Ctrl+Enter"))
        self.afgerond_knop.clicked.connect(self.rond_af)
        self.klantbeeld_knop = QPushButton(icon("klantbeeld", kleuren.accent), self.tr("&Klantbeeld openen"), self)
        self.klantbeeld_knop.setToolTip(self.tr("Het klantbeeld van dit huishouden (Enter)"))
        self.klantbeeld_knop.clicked.connect(lambda: self._open(self.tabel.huidige_rij()))
        self.afronden_bezig = BezigIndicator(self.tr("Vastleggen…"), self)

        kop = QHBoxLayout()
        kop.addWidget(titel)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(self.vernieuw_knop)
        groepen = QHBoxLayout()
        groepen.setSpacing(6)
        groepen_label = QLabel(self.tr("Tonen:"), self)
        groepen.addWidget(groepen_label)
        for k in self.groep_knoppen.values():
            groepen.addWidget(k)
        groepen.addStretch(1)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.afgerond_knop)
        knoppen.addWidget(self.afronden_bezig)
        knoppen.addStretch(1)
        knoppen.addWidget(self.klantbeeld_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.melding)
        layout.addLayout(kop)
        layout.addLayout(groepen)
        layout.addWidget(tabel_label)
        layout.addWidget(self.leeg_label)
        layout.addWidget(self.tabel, 1)
        layout.addLayout(knoppen)
        volgorde = (*self.groep_knoppen.values(), self.tabel, self.afgerond_knop, self.klantbeeld_knop)
        for a, b in itertools.pairwise(volgorde):
            self.setTabOrder(a, b)

        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.afgerond_actie = QAction(self.tr("Afgerond"), self)
        self.afgerond_actie.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.afgerond_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.afgerond_actie.triggered.connect(self.rond_af)
        self.addAction(self.vernieuw_actie)
        self.addAction(self.afgerond_actie)
        self._on_gekozen(None)

    # --- loading -----------------------------------------------------------------------------------------

    @property
    def gekozen(self) -> TaakRow | None:
        rij = self.tabel.huidige_rij()
        return rij if isinstance(rij, TaakRow) else None

    def focus_inhoud(self) -> None:
        if self.proxy.rowCount() > 0:
            if not self.tabel.currentIndex().isValid():
                self.tabel.kies_eerste()
            self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._focus_na_laden = self.overzicht is None  # the first rows are on their way: then the table
            self.vernieuw_knop.setFocus(Qt.FocusReason.OtherFocusReason)

    def vernieuw(self) -> None:
        """Load the task list (F5; also each time the view is shown)."""
        self._generatie += 1
        generatie = self._generatie
        dienst, actor, vandaag = self._dienst, self._actor, self._vandaag()
        vorige = self.gekozen.id if self.gekozen is not None else None

        def stap() -> None:
            self.taken.submit(
                lambda: dienst.taken(actor, vandaag=vandaag),
                lambda overzicht: self._na_laden(generatie, overzicht, vorige),
                lambda fout: self._fout(fout, stap, self.tr("De taken konden niet worden geladen.")),
            )

        self._opnieuw = stap
        stap()

    def _na_laden(self, generatie: int, overzicht: TakenOverzicht, vorige: int | None) -> None:
        if generatie != self._generatie:
            return
        self.overzicht = overzicht
        groepen = {
            Groep.TE_LAAT: overzicht.te_laat,
            Groep.VANDAAG: overzicht.vandaag_te_doen,
            Groep.DEZE_WEEK: overzicht.deze_week,
            Groep.LATER: overzicht.later,
        }
        for groep, taken in groepen.items():
            knop = self.groep_knoppen[groep]
            knop.setText(f"{groep.label.capitalize()} ({len(taken)})")
            knop.setAccessibleName(self.tr("%1: %2 taken").replace("%1", groep.label).replace("%2", str(len(taken))))
        self.model.zet_rijen([t for taken in groepen.values() for t in taken])
        self._kies(vorige)
        if self._focus_na_laden and _focus_vrij(self.vernieuw_knop) and self.proxy.rowCount():
            self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_na_laden = False

    def _kies(self, taak_id: int | None) -> None:
        zichtbaar = self.proxy.rowCount()
        if self.model.rowCount() == 0:
            self.leeg_label.setText(self.tr("U heeft geen open taken."))
        else:
            self.leeg_label.setText(self.tr("Geen taken in de gekozen groepen."))
        self.leeg_label.setVisible(zichtbaar == 0)
        rij = 0
        for i in range(zichtbaar):
            if self.proxy.rij(i).id == taak_id:
                rij = i
                break
        if zichtbaar:
            self.tabel.setCurrentIndex(self.proxy.index(rij, 0))
        else:
            self._on_gekozen(None)

    def _filter_groepen(self) -> None:
        gekozen = {g for g, k in self.groep_knoppen.items() if k.isChecked()}
        model = self.model
        self.proxy.zet_voorwaarde(None if len(gekozen) == len(Groep) else lambda t: model.groep(t) in gekozen)
        self._kies(self.gekozen.id if self.gekozen is not None else None)

    def _on_gekozen(self, t: TaakRow | None) -> None:
        self.afgerond_knop.setEnabled(t is not None and not self._bezig_met_afronden)
        self.klantbeeld_knop.setEnabled(t is not None and t.burger_id is not None)

    # --- actions -----------------------------------------------------------------------------------------

    def rond_af(self) -> None:
        """Ctrl+Enter / "Afgerond": the chosen task is done; the cursor moves to the next one."""
        t = self.gekozen
        if t is None or self._bezig_met_afronden:
            return
        volgende = None
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).id == t.id:
                for j in (i + 1, i - 1):
                    if 0 <= j < self.proxy.rowCount():
                        volgende = self.proxy.rij(j).id
                        break
        dienst, actor = self._dienst, self._actor

        def stap() -> None:
            self._zet_bezig(True)
            self.taken.submit(
                lambda: dienst.rond_taak_af(actor, t.id, t.version),
                lambda klaar: self._na_afronden(klaar, volgende),
                lambda fout: self._afronden_fout(fout, stap),
            )

        self.melding.verberg()
        stap()

    def _zet_bezig(self, bezig: bool) -> None:
        self._bezig_met_afronden = bezig
        self.afronden_bezig.zet_actief(bezig)
        self._on_gekozen(self.gekozen)

    def _na_afronden(self, klaar: TaakRow, volgende: int | None) -> None:
        self._zet_bezig(False)
        self.model.zet_rijen([r for r in self.model.rijen() if r.id != klaar.id])
        self._kies(volgende)
        wie = f" ({klaar.burger_naam})" if klaar.burger_naam else ""
        self.melding.toon(Status.OK, self.tr("Taak afgerond: %1").replace("%1", klaar.omschrijving + wie))
        self.gewijzigd.emit()
        self.vernieuw()

    def _afronden_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self._zet_bezig(False)
        if isinstance(fout, Conflict):
            wie = fout.gewijzigd_door or self.tr("een collega")
            self.melding.toon(
                Status.AANDACHT,
                self.tr("%1 heeft deze taak intussen gewijzigd. De lijst is vernieuwd.").replace(
                    "%1", wie[0].upper() + wie[1:]
                ),
            )
            self.vernieuw()
            return
        self._fout(fout, opnieuw, self.tr("De taak kon niet worden afgerond."))

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None], algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Taken: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=True)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def _open(self, rij: object) -> None:
        if isinstance(rij, TaakRow) and rij.burger_id is not None:
            self.klantbeeld_gevraagd.emit(rij.burger_id, rij.burger_naam or "")


def _focus_vrij(tijdelijk: QWidget) -> bool:
    """The keyboard focus is still where the view put it while loading (or nowhere yet: the window is not
    active yet), so the table may take it; focus the user moved elsewhere in the meantime is left alone."""
    huidig = tijdelijk.window().focusWidget()
    return huidig is None or huidig is tijdelijk
