"""Mijn caseload: the begeleider's home screen (issue #5).

What belongs here: `CaseloadView`, the table of the begeleider's open trajecten (`Caseloads.caseload`, loaded
through the TaskRunner) with a text filter over name and BSN that filters as the user types, filters on status,
"only overdue" and signal type, sorting on every column, and Enter / double-click to open the household's
klantbeeld. Above the table a one-line summary says how many trajecten there are and how many intakes are late
(with an icon and the words, never colour alone). F5 reloads; errors show in the banner with a retry.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import SignaalType, TrajectStatus
from models.store.fouten import GeenToegang, NietGevonden, OpslagFout
from models.store.interfaces_begeleiding import Caseloads
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import CaseloadRow
from ui.palet import Kleuren, Status
from ui.qtmodels.caseload import CaseloadModel, CaseloadProxy
from ui.resources import icon, icon_pixmap
from ui.tasks import TaskRunner, ViewTaken
from ui.weergave import STATUS_ICOON
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel

__all__ = ["CaseloadView"]

log = logging.getLogger(__name__)


class CaseloadView(QWidget):
    """Signals:
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    geladen(int): the caseload arrived and is in the table (the number of trajecten).
    """

    klantbeeld_gevraagd = Signal(int, str)
    geladen = Signal(int)

    def __init__(
        self,
        caseloads: Caseloads,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadView")
        self._dienst = caseloads
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = 0
        self._opnieuw: Callable[[], None] | None = None
        self._geladen_op: dt.date | None = None
        self._focus_na_laden = False

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        titel = QLabel(self.tr("Mijn caseload"), self)
        titel.setObjectName("titel")
        self.bezig = BezigIndicator(self.tr("Caseload laden…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        # --- summary line ------------------------------------------------------------------------------------
        self.samenvatting_icoon = QLabel(self)
        self.samenvatting_icoon.setFixedSize(18, 18)
        self.samenvatting = QLabel(self)
        self.samenvatting.setObjectName("sectie")

        # --- filters -----------------------------------------------------------------------------------------
        self.zoek_edit = QLineEdit(self)
        self.zoek_edit.setPlaceholderText(self.tr("Filter op naam of BSN (laatste cijfers)…"))
        self.zoek_edit.setClearButtonEnabled(True)
        self.zoek_edit.setAccessibleName(self.tr("Filter op naam of BSN"))
        self.zoek_edit.addAction(icon("filter", kleuren.tekst_zacht), QLineEdit.ActionPosition.LeadingPosition)
        zoek_label = QLabel(self.tr("&Filter:"), self)
        zoek_label.setBuddy(self.zoek_edit)
        self.status_keuze = QComboBox(self)
        self.status_keuze.setAccessibleName(self.tr("Status"))
        self.status_keuze.addItem(self.tr("Alle open trajecten"), None)
        for status in (TrajectStatus.AANGEMELD, TrajectStatus.INTAKE, TrajectStatus.ACTIEF):
            self.status_keuze.addItem(status.label.capitalize(), status)
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_keuze)
        self.signaal_keuze = QComboBox(self)
        self.signaal_keuze.setAccessibleName(self.tr("Soort signaal"))
        self.signaal_keuze.addItem(self.tr("Alle signalen"), None)
        for soort in SignaalType:
            self.signaal_keuze.addItem(soort.label, soort)
        signaal_label = QLabel(self.tr("S&ignaal:"), self)
        signaal_label.setBuddy(self.signaal_keuze)
        self.te_laat_vink = QCheckBox(self.tr("Alleen &te laat"), self)
        self.te_laat_vink.setToolTip(self.tr("Alleen trajecten met een te late intake of volgende actie"))
        self.wis_knop = QPushButton(self.tr("Filters &wissen"), self)
        self.wis_knop.clicked.connect(self.wis_filters)

        # --- table -------------------------------------------------------------------------------------------
        self.model = CaseloadModel(kleuren, self._vandaag, self)
        self.proxy = CaseloadProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Trajecten in mijn caseload"), self)
        self.tabel.setAccessibleDescription(
            self.tr("Enter opent het klantbeeld van het huishouden. Klik op een kolomkop om te sorteren.")
        )
        self.tabel.zet_kolombreedtes([90, 165, 85, 80, 170, 170, 110, 110, 100, 105, 85])
        self.tabel.rij_geactiveerd.connect(self._open)
        self.leeg_label = QLabel(self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.setWordWrap(True)
        self.leeg_label.hide()
        self.open_knop = QPushButton(icon("klantbeeld", kleuren.accent), self.tr("&Klantbeeld openen"), self)
        self.open_knop.setToolTip(self.tr("Klantbeeld van het gekozen huishouden openen (Enter)"))
        self.open_knop.clicked.connect(lambda: self._open(self.tabel.huidige_rij()))
        self.tabel.rij_gekozen.connect(lambda r: self.open_knop.setEnabled(r is not None))
        # a sort puts the rows in a new order through a model reset: the chosen traject stays chosen
        self._gekozen_id: int | None = None
        self.tabel.rij_gekozen.connect(self._onthoud_keuze)
        self.proxy.modelReset.connect(self._herstel_keuze)
        self.open_knop.setEnabled(False)

        self.zoek_edit.textChanged.connect(self.proxy.zet_tekst)
        self.zoek_edit.textChanged.connect(self._na_filter)
        self.zoek_edit.returnPressed.connect(self._focus_tabel)
        self.status_keuze.currentIndexChanged.connect(self._filters_veranderd)
        self.signaal_keuze.currentIndexChanged.connect(self._filters_veranderd)
        self.te_laat_vink.toggled.connect(self._filters_veranderd)

        # --- layout ------------------------------------------------------------------------------------------
        kop = QHBoxLayout()
        kop.addWidget(titel)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(self.vernieuw_knop)
        samen = QHBoxLayout()
        samen.setSpacing(6)
        samen.addWidget(self.samenvatting_icoon)
        samen.addWidget(self.samenvatting, 1)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(zoek_label)
        filters.addWidget(self.zoek_edit, 2)
        filters.addSpacing(8)
        filters.addWidget(status_label)
        filters.addWidget(self.status_keuze)
        filters.addWidget(signaal_label)
        filters.addWidget(self.signaal_keuze)
        filters.addWidget(self.te_laat_vink)
        filters.addWidget(self.wis_knop)
        filters.addStretch(1)
        onder = QHBoxLayout()
        onder.addStretch(1)
        onder.addWidget(self.open_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.melding)
        layout.addLayout(kop)
        layout.addLayout(samen)
        layout.addLayout(filters)
        layout.addWidget(self.leeg_label)
        layout.addWidget(self.tabel, 1)
        layout.addLayout(onder)
        for a, b in (
            (self.zoek_edit, self.status_keuze),
            (self.status_keuze, self.signaal_keuze),
            (self.signaal_keuze, self.te_laat_vink),
            (self.te_laat_vink, self.wis_knop),
            (self.wis_knop, self.tabel),
            (self.tabel, self.open_knop),
            (self.open_knop, self.vernieuw_knop),
        ):
            self.setTabOrder(a, b)

        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.filter_actie = QAction(self.tr("Filteren"), self)
        self.filter_actie.setShortcut(QKeySequence.StandardKey.Find)
        self.filter_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filter_actie.triggered.connect(self.focus_filter)
        self.addAction(self.vernieuw_actie)
        self.addAction(self.filter_actie)

    # --- loading -----------------------------------------------------------------------------------------

    @property
    def gekozen(self) -> CaseloadRow | None:
        rij = self.tabel.huidige_rij()
        return rij if isinstance(rij, CaseloadRow) else None

    def focus_inhoud(self) -> None:
        """The table when it has rows (arrows and Enter work at once), otherwise the filter field."""
        if self.proxy.rowCount() > 0:
            self._focus_tabel()
        else:
            self._focus_na_laden = True  # the rows are on their way: the table gets the focus when they arrive
            self.focus_filter()

    def focus_filter(self) -> None:
        self.zoek_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.zoek_edit.selectAll()

    def _focus_tabel(self) -> None:
        if self.tabel.currentIndex().isValid() is False:
            self.tabel.kies_eerste()
        self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)

    def vernieuw(self) -> None:
        """Load the caseload (F5)."""
        self._generatie += 1
        generatie = self._generatie
        dienst, actor, vandaag = self._dienst, self._actor, self._vandaag()
        vorige = self.gekozen.traject_id if self.gekozen is not None else None

        def stap() -> None:
            self.taken.submit(
                lambda: dienst.caseload(actor, vandaag=vandaag),
                lambda rijen: self._na_laden(generatie, rijen, vorige, vandaag),
                lambda fout: self._fout(generatie, fout, stap),
            )

        self._opnieuw = stap
        stap()

    def _na_laden(self, generatie: int, rijen: list[CaseloadRow], vorige: int | None, vandaag: dt.date) -> None:
        if generatie != self._generatie:
            return
        self.melding.verberg()
        self._geladen_op = vandaag
        self.model.zet_rijen(rijen)
        self._werk_samenvatting_bij()
        self._na_filter()
        if vorige is not None:
            for i in range(self.proxy.rowCount()):
                if self.proxy.rij(i).traject_id == vorige:
                    self.tabel.setCurrentIndex(self.proxy.index(i, 0))
                    break
        if not self.tabel.currentIndex().isValid():
            self.tabel.kies_eerste()
        if self._focus_na_laden and _focus_vrij(self.zoek_edit) and not self.zoek_edit.text():
            self._focus_tabel()
        self._focus_na_laden = False
        self.geladen.emit(len(rijen))

    def _werk_samenvatting_bij(self) -> None:
        rijen = self.model.rijen()
        te_laat = sum(1 for r in rijen if r.intake_te_laat)
        acties = sum(1 for r in rijen if r.volgende_actie_te_laat)
        urgent = sum(1 for r in rijen if r.urgente_signalen)
        delen = [self.tr("1 traject") if len(rijen) == 1 else self.tr("%1 trajecten").replace("%1", str(len(rijen)))]
        if te_laat:
            delen.append(
                self.tr("1 intake te laat")
                if te_laat == 1
                else self.tr("%1 intakes te laat").replace("%1", str(te_laat))
            )
        if acties:
            delen.append(
                self.tr("%1 acties over datum").replace("%1", str(acties))
                if acties != 1
                else self.tr("1 actie over datum")
            )
        if urgent:
            delen.append(self.tr("%1 met een urgent signaal").replace("%1", str(urgent)))
        status = Status.URGENT if te_laat else Status.AANDACHT if acties or urgent else Status.OK
        self.samenvatting_icoon.setPixmap(
            icon_pixmap(STATUS_ICOON[status], self._kleuren.status(status), 18, self.devicePixelRatioF())
        )
        tekst = " · ".join(delen)
        self.samenvatting.setText(tekst)
        self.samenvatting.setAccessibleName(tekst)

    # --- filters -----------------------------------------------------------------------------------------

    def _filters_veranderd(self) -> None:
        status, soort = self.status_keuze.currentData(), self.signaal_keuze.currentData()
        self.proxy.zet_filters(  # a combo box hands back a StrEnum as its plain text
            status=None if status is None else TrajectStatus(status),
            alleen_te_laat=self.te_laat_vink.isChecked(),
            signaaltype=None if soort is None else SignaalType(soort),
        )
        self._na_filter()

    def wis_filters(self) -> None:
        for w in (self.zoek_edit, self.status_keuze, self.signaal_keuze, self.te_laat_vink):
            w.blockSignals(True)
        self.zoek_edit.clear()
        self.status_keuze.setCurrentIndex(0)
        self.signaal_keuze.setCurrentIndex(0)
        self.te_laat_vink.setChecked(False)
        for w in (self.zoek_edit, self.status_keuze, self.signaal_keuze, self.te_laat_vink):
            w.blockSignals(False)
        self.proxy.zet_tekst("")
        self._filters_veranderd()

    def _na_filter(self) -> None:
        totaal, zichtbaar = self.model.rowCount(), self.proxy.rowCount()
        if totaal == 0:
            self.leeg_label.setText(
                self.tr(
                    "Er staan geen open trajecten in uw caseload. Nieuwe aanmeldingen komen via de Signalen, de "
                    "intakewachtrij van uw supervisor of een verwijzing van een collega."
                )
            )
        elif zichtbaar == 0:
            self.leeg_label.setText(
                self.tr("Geen trajecten die aan de filters voldoen. Kies 'Filters wissen' om alles te zien.")
            )
        self.leeg_label.setVisible(zichtbaar == 0 and self._geladen_op is not None)
        self.wis_knop.setEnabled(self.proxy.filters_actief)
        if totaal and zichtbaar != totaal:
            self.tabel.setAccessibleName(
                self.tr("Trajecten in mijn caseload: %1 van %2 getoond")
                .replace("%1", str(zichtbaar))
                .replace("%2", str(totaal))
            )
        else:
            self.tabel.setAccessibleName(self.tr("Trajecten in mijn caseload"))

    def _onthoud_keuze(self, rij: object) -> None:
        if isinstance(rij, CaseloadRow):
            self._gekozen_id = rij.traject_id

    def _herstel_keuze(self) -> None:
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).traject_id == self._gekozen_id:
                self.tabel.setCurrentIndex(self.proxy.index(i, 0))
                return

    # --- actions -----------------------------------------------------------------------------------------

    def _open(self, rij: object) -> None:
        if isinstance(rij, CaseloadRow):
            self.klantbeeld_gevraagd.emit(rij.burger_id, rij.naam)

    def rij_van_burger(self, burger_id: int) -> int | None:
        """The proxy row of a citizen (tests and keyboard helpers)."""
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).burger_id == burger_id:
                return i
        return None

    # --- errors ------------------------------------------------------------------------------------------

    def _fout(self, generatie: int, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        if generatie != self._generatie:
            return
        self._opnieuw = opnieuw
        if isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Caseload laden mislukt", exc_info=fout)
            self.melding.toon_fout(
                self.tr("De caseload kon niet worden geladen. De details staan in het logbestand."), opnieuw=True
            )

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            self.melding.verberg()
            self._opnieuw()


def _focus_vrij(tijdelijk: QWidget) -> bool:
    """The keyboard focus is still where the view put it while loading (or nowhere yet: the window is not
    active yet), so the table may take it; focus the user moved elsewhere in the meantime is left alone."""
    huidig = tijdelijk.window().focusWidget()
    return huidig is None or huidig is tijdelijk
