"""Dashboard: the supervisor's KPIs with their targets, monthly trends and the cases behind each figure (issue #7).

What belongs here: `DashboardView` and its tile `KpiTegel`. The overview shows one tile per KPI (figure, what it
is made of, the target and whether it is met — an icon and a word, never colour alone — and a small trend), then
the agency KPIs the store cannot compute, each with the reason. Clicking a tile or pressing Enter on it opens the
detail: the explanation, the trend per month (choose a month with the mouse or Left/Right and Enter to see only
its cases), the breakdown, and the drill-down list (sortable, filterable; Enter or "Klantbeeld openen" opens the
household through `klantbeeld_gevraagd`). Both the figures and a drill-down list export to CSV (semicolon,
UTF-8 with BOM, Dutch formats as on screen). All store work runs on the TaskRunner.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models import formaat
from models.store.fouten import GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_kpi import Dashboard
from models.store.rows import MedewerkerRow
from models.store.rows_kpi import Dashboardcijfers, Drilllijst, DrillRegel, Eenheid, Kpi, KpiSleutel
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RIJ_ROLE, RijenProxy
from ui.qtmodels.dashboard import (
    DrillModel,
    cijfer_rijen,
    drill_rijen,
    maand_tekst,
    norm_tekst,
    status_van,
    teller_tekst,
    waarde_tekst,
)
from ui.resources import icon, icon_pixmap
from ui.tasks import TaskRunner, ViewTaken
from ui.views.inzage_view import schrijf_csv, vraag_exportpad
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.trend_grafiek import TrendGrafiek, TrendPunt

__all__ = ["DashboardView", "KpiTegel"]

log = logging.getLogger(__name__)

_ICOON = {Status.OK: "ok", Status.URGENT: "waarschuwing", Status.AANDACHT: "waarschuwing", Status.INFO: "info"}
KOLOMMEN = 4


def _trendpunten(k: Kpi) -> tuple[TrendPunt, ...]:
    return tuple(TrendPunt(p.maand, p.waarde, waarde_tekst(k.eenheid, p.waarde), maand_tekst(k, p)) for p in k.trend)


def _sleutel(k: Kpi) -> str:
    """The key of a KPI with a tile (every KPI of `Dashboardcijfers.kpis` has one)."""
    if k.sleutel is None:
        raise ValueError(f"{k.titel} heeft geen tegel")
    return k.sleutel.value


class KpiTegel(QFrame):
    """One KPI on the overview: focusable; Enter, Space or a click emits `gekozen` with the KPI's key.

    Signals:
        gekozen(str): the KPI key.
        stap(str, int): an arrow key: move the focus this many tiles from this one (the KPI key).
    """

    gekozen = Signal(str)
    stap = Signal(str, int)

    def __init__(self, kpi: Kpi, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTegel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(
            f"QFrame#kpiTegel {{ background: {kleuren.kaart}; border: 1px solid {kleuren.lijn}; border-radius: 4px; }}"
            f"QFrame#kpiTegel:focus {{ border: 2px solid {kleuren.accent}; }}"
            "QFrame#kpiTegel QLabel { border: none; background: transparent; }"
        )
        self._kleuren = kleuren
        self.titel = QLabel(self)
        self.titel.setWordWrap(True)
        vet = QFont(self.font())
        vet.setBold(True)
        self.titel.setFont(vet)
        self.waarde = QLabel(self)
        groot = QFont(self.font())
        groot.setPointSizeF(self.font().pointSizeF() * 1.9)
        groot.setBold(True)
        self.waarde.setFont(groot)
        self.teller = QLabel(self)
        self.teller.setObjectName("zacht")
        self.norm_icoon = QLabel(self)
        self.norm_icoon.setFixedSize(16, 16)
        self.norm = QLabel(self)
        self.norm.setWordWrap(True)
        self.grafiek = TrendGrafiek(kleuren, self, compact=True)
        norm_rij = QHBoxLayout()
        norm_rij.setSpacing(6)
        norm_rij.addWidget(self.norm_icoon, 0, Qt.AlignmentFlag.AlignTop)
        norm_rij.addWidget(self.norm, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.titel)
        layout.addWidget(self.waarde)
        layout.addWidget(self.teller)
        layout.addLayout(norm_rij)
        layout.addStretch(1)
        layout.addWidget(self.grafiek)
        self.kpi = kpi
        self.zet_kpi(kpi)

    def zet_kpi(self, k: Kpi) -> None:
        self.kpi = k
        status = status_van(k)
        self.titel.setText(k.titel)
        self.waarde.setText(waarde_tekst(k.eenheid, k.waarde))
        self.teller.setText(teller_tekst(k))
        self.norm_icoon.setPixmap(
            icon_pixmap(_ICOON[status], self._kleuren.status(status), 16, self.devicePixelRatioF())
        )
        self.norm.setText(norm_tekst(k))
        self.grafiek.zet_punten(
            _trendpunten(k), norm=k.norm.waarde if k.norm else None, procent=k.eenheid is Eenheid.PROCENT
        )
        self.setAccessibleName(k.titel)
        voorlezen = f"{k.titel}: {waarde_tekst(k.eenheid, k.waarde)}. {teller_tekst(k)}. {norm_tekst(k)}."
        self.setAccessibleDescription(voorlezen + " " + self.tr("Druk op Enter voor de gevallen."))
        self.setToolTip(k.uitleg)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        toets = event.key()
        if toets in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.gekozen.emit(_sleutel(self.kpi))
            return
        stappen = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: KOLOMMEN, Qt.Key.Key_Up: -KOLOMMEN}
        if toets in stappen:  # arrows walk the grid of tiles
            self.stap.emit(_sleutel(self.kpi), stappen[Qt.Key(toets)])
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.gekozen.emit(_sleutel(self.kpi))
            return
        super().mouseReleaseEvent(event)


class DashboardView(QWidget):
    """Signals:
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    """

    klantbeeld_gevraagd = Signal(int, str)

    def __init__(
        self,
        dashboard: Dashboard | None,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._dienst = dashboard
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self.mag_lezen = mag(actor.rol, Bevoegdheid.DASHBOARD)
        self._generatie = 0
        self._drill_generatie = 0
        self._opnieuw: Callable[[], None] | None = None
        self.cijfers: Dashboardcijfers | None = None
        self.tegels: dict[str, KpiTegel] = {}
        self.sleutel: KpiSleutel | None = None  # the KPI in the detail
        self.maand: dt.date | None = None  # the month of the drill-down; None: the whole period

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        self.bezig = BezigIndicator(self.tr("Cijfers berekenen…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.stapel = QStackedWidget(self)
        self.stapel.addWidget(self._maak_overzicht())
        self.stapel.addWidget(self._maak_detail())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.melding)
        layout.addWidget(self.stapel, 1)

        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.addAction(self.vernieuw_actie)
        self.terug_actie = QAction(self.tr("Terug naar het overzicht"), self)
        self.terug_actie.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.terug_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.terug_actie.triggered.connect(self.toon_overzicht)
        self.detail.addAction(self.terug_actie)
        self._wacht = QTimer(self)
        self._wacht.setSingleShot(True)
        self._wacht.setInterval(400)
        self._wacht.timeout.connect(self.vernieuw)

    # --- building ------------------------------------------------------------------------------------------

    def _maak_overzicht(self) -> QWidget:
        pagina = QWidget(self)
        titel = QLabel(self.tr("Dashboard"), pagina)
        titel.setObjectName("titel")
        self.peildatum_edit = QDateEdit(pagina)
        self.peildatum_edit.setDisplayFormat("dd-MM-yyyy")
        self.peildatum_edit.setCalendarPopup(True)
        vandaag = self._vandaag()
        self.peildatum_edit.setDate(QDate(vandaag.year, vandaag.month, vandaag.day))
        self.peildatum_edit.setMaximumDate(QDate(vandaag.year, vandaag.month, vandaag.day))
        self.peildatum_edit.setMinimumDate(QDate(2000, 1, 1))
        self.peildatum_edit.setAccessibleName(self.tr("Peildatum"))
        self.peildatum_edit.dateChanged.connect(lambda _d: self._wacht.start())
        peildatum_label = QLabel(self.tr("&Peildatum:"), pagina)
        peildatum_label.setBuddy(self.peildatum_edit)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", self._kleuren.accent), "", pagina)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)
        self.export_knop = QPushButton(icon("document", self._kleuren.accent), self.tr("Cijfers &exporteren…"), pagina)
        self.export_knop.setToolTip(self.tr("Alle cijfers met hun trend per maand als CSV-bestand opslaan"))
        self.export_knop.clicked.connect(lambda: self.exporteer_cijfers(None))
        self.export_knop.setEnabled(False)
        self.periode_label = QLabel(pagina)
        self.periode_label.setObjectName("zacht")
        self.periode_label.setWordWrap(True)
        kop = QHBoxLayout()
        kop.addWidget(titel)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(peildatum_label)
        kop.addWidget(self.peildatum_edit)
        kop.addWidget(self.vernieuw_knop)
        kop.addWidget(self.export_knop)

        self.tegel_houder = QWidget(pagina)
        self.tegel_raster = QGridLayout(self.tegel_houder)
        self.tegel_raster.setContentsMargins(0, 0, 0, 0)
        self.tegel_raster.setSpacing(10)
        for kolom in range(KOLOMMEN):
            self.tegel_raster.setColumnStretch(kolom, 1)
        self.niet_label = QLabel(pagina)
        self.niet_label.setWordWrap(True)
        self.niet_label.setTextFormat(Qt.TextFormat.RichText)
        self.niet_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inhoud = QWidget(pagina)
        i = QVBoxLayout(inhoud)
        i.setContentsMargins(0, 0, 8, 0)
        i.addWidget(self.tegel_houder)
        i.addSpacing(8)
        i.addWidget(self.niet_label)
        i.addStretch(1)
        scroll = QScrollArea(pagina)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inhoud)
        layout = QVBoxLayout(pagina)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kop)
        layout.addWidget(self.periode_label)
        layout.addWidget(scroll, 1)
        return pagina

    def _maak_detail(self) -> QWidget:
        self.detail = QWidget(self)
        self.terug_knop = QPushButton(icon("terug", self._kleuren.accent), self.tr("&Overzicht"), self.detail)
        self.terug_knop.setToolTip(self.tr("Terug naar alle cijfers (Esc)"))
        self.terug_knop.clicked.connect(self.toon_overzicht)
        self.detail_titel = QLabel(self.detail)
        self.detail_titel.setObjectName("titel")
        self.detail_waarde = QLabel(self.detail)
        self.detail_waarde.setWordWrap(True)
        self.detail_icoon = QLabel(self.detail)
        self.detail_icoon.setFixedSize(16, 16)
        self.detail_uitleg = QLabel(self.detail)
        self.detail_uitleg.setWordWrap(True)
        self.detail_uitleg.setObjectName("zacht")
        self.grafiek = TrendGrafiek(self._kleuren, self.detail)
        self.grafiek.setAccessibleName(self.tr("Trend per maand; kies een maand met pijl links of rechts en Enter"))
        self.grafiek.maand_gekozen.connect(self.kies_maand)
        grafiek_label = QLabel(
            self.tr("&Trend per maand (klik op een maand voor de gevallen van die maand)"), self.detail
        )
        grafiek_label.setObjectName("sectie")
        grafiek_label.setBuddy(self.grafiek)
        self.uitsplitsing_label = QLabel(self.detail)
        self.uitsplitsing_label.setWordWrap(True)
        self.uitsplitsing_label.setTextFormat(Qt.TextFormat.RichText)
        self.uitsplitsing_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.uitsplitsing_label.setMinimumWidth(260)

        self.drill_model = DrillModel(self)
        self.drill_proxy = RijenProxy(self)
        self.drill_proxy.setSourceModel(self.drill_model)
        self.tabel = DataTabel(self.drill_proxy, self.tr("Gevallen achter het cijfer"), self.detail)
        self.tabel.rij_geactiveerd.connect(self._open_klantbeeld_van)
        self.tabel.rij_gekozen.connect(lambda r: self.klantbeeld_knop.setEnabled(r is not None))
        self.lijst_label = QLabel(self.detail)
        self.lijst_label.setObjectName("sectie")
        self.lijst_label.setWordWrap(True)
        self.lijst_label.setBuddy(self.tabel)
        self.filter_edit = QLineEdit(self.detail)
        self.filter_edit.setPlaceholderText(self.tr("Filter op naam, onderwerp, …"))
        self.filter_edit.setAccessibleName(self.tr("Filter de gevallen"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.drill_proxy.zet_tekst)
        self.hele_periode_knop = QPushButton(self.tr("&Hele periode"), self.detail)
        self.hele_periode_knop.setToolTip(self.tr("De gevallen van alle twaalf maanden tonen"))
        self.hele_periode_knop.clicked.connect(lambda: self.kies_maand(None))
        self.klantbeeld_knop = QPushButton(
            icon("klantbeeld", self._kleuren.accent), self.tr("&Klantbeeld openen"), self.detail
        )
        self.klantbeeld_knop.setEnabled(False)
        self.klantbeeld_knop.clicked.connect(lambda: self._open_klantbeeld_van(self.tabel.huidige_rij()))
        self.lijst_export_knop = QPushButton(
            icon("document", self._kleuren.accent), self.tr("&Lijst exporteren…"), self.detail
        )
        self.lijst_export_knop.setToolTip(self.tr("Deze lijst, zoals getoond, als CSV-bestand opslaan"))
        self.lijst_export_knop.clicked.connect(lambda: self.exporteer_lijst(None))
        self.drill_bezig = BezigIndicator(self.tr("Gevallen laden…"), self.detail)

        kop = QHBoxLayout()
        kop.addWidget(self.terug_knop)
        kop.addSpacing(8)
        kop.addWidget(self.detail_titel, 1)
        waarde_rij = QHBoxLayout()
        waarde_rij.addWidget(self.detail_icoon, 0, Qt.AlignmentFlag.AlignTop)
        waarde_rij.addWidget(self.detail_waarde, 1)
        boven = QHBoxLayout()
        links = QVBoxLayout()
        links.addLayout(waarde_rij)
        links.addWidget(self.detail_uitleg)
        links.addWidget(grafiek_label)
        links.addWidget(self.grafiek, 1)
        boven.addLayout(links, 3)
        boven.addSpacing(12)
        boven.addWidget(self.uitsplitsing_label, 1)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.filter_edit, 1)
        knoppen.addWidget(self.drill_bezig)
        knoppen.addWidget(self.hele_periode_knop)
        knoppen.addWidget(self.klantbeeld_knop)
        knoppen.addWidget(self.lijst_export_knop)
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kop)
        layout.addLayout(boven)
        layout.addWidget(self.lijst_label)
        layout.addLayout(knoppen)
        layout.addWidget(self.tabel, 2)
        for a, b in (
            (self.terug_knop, self.grafiek),
            (self.grafiek, self.filter_edit),
            (self.filter_edit, self.tabel),
            (self.tabel, self.hele_periode_knop),
            (self.hele_periode_knop, self.klantbeeld_knop),
            (self.klantbeeld_knop, self.lijst_export_knop),
        ):
            self.setTabOrder(a, b)
        return self.detail

    # --- loading -------------------------------------------------------------------------------------------

    @property
    def peildatum(self) -> dt.date:
        d = self.peildatum_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def zet_peildatum(self, dag: dt.date) -> None:
        self.peildatum_edit.setDate(QDate(dag.year, dag.month, dag.day))

    def toon(self) -> None:
        """The view became visible: load the figures the first time, and focus the first tile."""
        if self.cijfers is None and not self.taken.bezig:
            self.vernieuw()
        self.focus_inhoud()

    def focus_inhoud(self) -> None:
        if self.stapel.currentIndex() == 1:
            self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.tegels:
            next(iter(self.tegels.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.peildatum_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def vernieuw(self) -> None:
        """Compute every figure for the peildatum (F5; also when the peildatum changes)."""
        self._wacht.stop()
        if self._dienst is None or not self.mag_lezen:
            return
        self._generatie += 1
        generatie = self._generatie
        dienst, actor, peildatum = self._dienst, self._actor, self.peildatum

        def stap() -> None:
            self.taken.submit(
                lambda: dienst.cijfers(actor, peildatum),
                lambda c: self._na_cijfers(generatie, c),
                lambda fout: self._fout(fout, stap, self.tr("De cijfers konden niet worden berekend.")),
            )

        self.melding.verberg()
        stap()

    def _na_cijfers(self, generatie: int, cijfers: Dashboardcijfers) -> None:
        if generatie != self._generatie:
            return
        had_focus = not self.tegels or any(t.hasFocus() for t in self.tegels.values())
        self.cijfers = cijfers
        self.export_knop.setEnabled(True)
        eerste = cijfers.kpis[0]
        self.periode_label.setText(
            self.tr(
                "Cijfers over %1 tot en met %2 (twaalf maanden), berekend op %3. Kies een tegel met Enter of een "
                "klik voor de gevallen erachter; F5 rekent opnieuw."
            )
            .replace("%1", formaat.datum(eerste.van))
            .replace("%2", formaat.datum(eerste.tot))
            .replace("%3", formaat.moment(dt.datetime.now(dt.UTC)).replace(" ", " om ", 1))
        )
        for nummer, k in enumerate(cijfers.kpis):
            tegel = self.tegels.get(_sleutel(k))
            if tegel is None:
                tegel = KpiTegel(k, self._kleuren, self.tegel_houder)
                tegel.gekozen.connect(self.open_detail)
                tegel.stap.connect(self._stap)
                self.tegels[_sleutel(k)] = tegel
                self.tegel_raster.addWidget(tegel, nummer // KOLOMMEN, nummer % KOLOMMEN)
            else:
                tegel.zet_kpi(k)
        vorige: QWidget | None = self.export_knop
        for tegel in self.tegels.values():
            if vorige is not None:
                self.setTabOrder(vorige, tegel)
            vorige = tegel
        regels = "".join(
            f"<li><b>{html.escape(k.titel)}</b>: {html.escape(norm_tekst(k))}</li>" for k in cijfers.niet_berekenbaar
        )
        self.niet_label.setText(
            "<p><b>"
            + html.escape(self.tr("Andere KPI's van Dienst Toeslagen"))
            + "</b> — "
            + html.escape(self.tr("niet te berekenen uit de opslag van deze werkplek:"))
            + f"</p><ul style='margin-left:-20px'>{regels}</ul>"
        )
        if self.sleutel is not None and self.stapel.currentIndex() == 1:
            self._toon_detail_kop(cijfers.kpi(self.sleutel))
            self._laad_drill()
        if had_focus and self.isVisible() and self.stapel.currentIndex() == 0:
            self.focus_inhoud()  # the first load: Enter opens the first tile

    def _stap(self, sleutel: str, stap: int) -> None:
        sleutels = list(self.tegels)
        doel = sleutels.index(sleutel) + stap
        if 0 <= doel < len(sleutels):
            self.tegels[sleutels[doel]].setFocus(Qt.FocusReason.TabFocusReason)

    # --- detail and drill-down -----------------------------------------------------------------------------

    def open_detail(self, sleutel: str) -> None:
        """A tile was chosen: its explanation, trend, breakdown and the cases of the whole period."""
        if self.cijfers is None:
            return
        self.sleutel = KpiSleutel(sleutel)
        self.maand = None
        self._toon_detail_kop(self.cijfers.kpi(self.sleutel))
        self.filter_edit.clear()
        self.stapel.setCurrentIndex(1)
        self._laad_drill()
        self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)

    def toon_overzicht(self) -> None:
        if self.stapel.currentIndex() == 0:
            return
        sleutel = self.sleutel
        self.stapel.setCurrentIndex(0)
        if sleutel is not None and sleutel.value in self.tegels:
            self.tegels[sleutel.value].setFocus(Qt.FocusReason.OtherFocusReason)

    def _toon_detail_kop(self, k: Kpi) -> None:
        status = status_van(k)
        self.detail_titel.setText(k.titel)
        tekst = f"<b style='font-size:large'>{html.escape(waarde_tekst(k.eenheid, k.waarde))}</b>"
        if teller_tekst(k):
            tekst += f" &nbsp;({html.escape(teller_tekst(k))})"
        tekst += f"<br>{html.escape(norm_tekst(k))}"
        if k.norm is not None:
            tekst += f" <span style='color:{self._kleuren.tekst_zacht}'>({html.escape(k.norm.bron)})</span>"
        elif k.geen_norm:
            tekst += f" — {html.escape(k.geen_norm[:1].lower() + k.geen_norm[1:])}"
        self.detail_waarde.setText(tekst)
        self.detail_waarde.setAccessibleName(f"{k.titel}: {waarde_tekst(k.eenheid, k.waarde)}. {norm_tekst(k)}")
        self.detail_icoon.setPixmap(
            icon_pixmap(_ICOON[status], self._kleuren.status(status), 16, self.devicePixelRatioF())
        )
        self.detail_uitleg.setText(
            f"{k.uitleg} "
            + self.tr("Periode: %1 tot en met %2.")
            .replace("%1", formaat.datum(k.van))
            .replace("%2", formaat.datum(k.tot))
        )
        self.grafiek.zet_punten(
            _trendpunten(k), norm=k.norm.waarde if k.norm else None, procent=k.eenheid is Eenheid.PROCENT
        )
        groepen: dict[str, list[str]] = {}
        for u in k.uitsplitsing:
            groepen.setdefault(u.groep, []).append(
                f"<tr><td style='padding-right:12px'>{html.escape(u.label)}</td>"
                f"<td align='right'><b>{formaat.getal(u.aantal)}</b></td></tr>"
            )
        self.uitsplitsing_label.setText(
            "".join(
                f"<p style='margin:6px 0 2px 0'><b>{html.escape(groep)}</b></p>"
                f"<table cellspacing='0'>{''.join(r)}</table>"
                for groep, r in groepen.items()
            )
            or html.escape(self.tr("Geen uitsplitsing."))
        )

    def kies_maand(self, maand: dt.date | None) -> None:
        """Show the cases of one month of the trend (None: of the whole period)."""
        if self.sleutel is None:
            return
        self.maand = maand
        if maand is None:
            self.grafiek.kies(None)
        self._laad_drill()

    def _laad_drill(self) -> None:
        if self._dienst is None or self.sleutel is None:
            return
        self._drill_generatie += 1
        generatie = self._drill_generatie
        dienst, actor, sleutel, peildatum, maand = self._dienst, self._actor, self.sleutel, self.peildatum, self.maand
        self.hele_periode_knop.setVisible(maand is not None)
        self.lijst_label.setText(self.tr("Gevallen laden…"))

        def stap() -> None:
            self.drill_bezig.zet_actief(True)
            self.taken.submit(
                lambda: dienst.drilldown(actor, sleutel, peildatum, maand=maand),
                lambda lijst: self._na_drill(generatie, lijst),
                lambda fout: self._drill_fout(fout, stap),
            )

        stap()

    def _drill_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self.drill_bezig.zet_actief(False)
        self.lijst_label.setText(self.tr("De gevallen konden niet worden geladen."))
        self._fout(fout, opnieuw, self.tr("De gevallen konden niet worden geladen."))

    def _na_drill(self, generatie: int, lijst: Drilllijst) -> None:
        if generatie != self._drill_generatie:
            return
        self.drill_bezig.zet_actief(False)
        self.drill_model.zet_lijst(lijst)
        self.tabel.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.drill_proxy.sort(-1)
        self.tabel.resizeColumnsToContents()
        kop = self.tabel.horizontalHeader()
        for kolom in range(self.drill_model.columnCount()):
            kop.resizeSection(kolom, min(kop.sectionSize(kolom) + 16, 320))
        kop.setStretchLastSection(False)  # re-stretch: the last column fills the rest of the width again
        kop.setStretchLastSection(True)
        self.tabel.kies_eerste()
        periode = (
            formaat.maand(lijst.van)
            if self.maand is not None
            else f"{formaat.datum(lijst.van)} t/m {formaat.datum(lijst.tot)}"
        )
        if lijst.van == lijst.tot:
            periode = formaat.datum(lijst.tot)
        if not lijst.totaal:
            tekst = self.tr("%1 (%2): geen gevallen.")
        elif lijst.afgekapt:
            tekst = self.tr("%1 (%2): de eerste %3 van %4 gevallen. Exporteer of kies een maand voor de rest.")
        else:
            tekst = self.tr("%1 (%2): 1 geval.") if lijst.totaal == 1 else self.tr("%1 (%2): %4 gevallen.")
        self.lijst_label.setText(
            tekst.replace("%1", lijst.titel)
            .replace("%2", periode)
            .replace("%3", formaat.getal(len(lijst.regels)))
            .replace("%4", formaat.getal(lijst.totaal))
        )
        self.lijst_export_knop.setEnabled(bool(lijst.regels))
        self.klantbeeld_knop.setEnabled(self.tabel.huidige_rij() is not None)

    def _open_klantbeeld_van(self, rij: object) -> None:
        if isinstance(rij, DrillRegel):
            self.klantbeeld_gevraagd.emit(rij.burger_id, rij.naam)

    # --- export --------------------------------------------------------------------------------------------

    def exporteer_cijfers(self, pad: Path | None = None) -> Path | None:
        """Save every figure with its monthly trend as CSV; without `pad` the user chooses the file."""
        if self.cijfers is None:
            return None
        if pad is None:
            pad = vraag_exportpad(self, f"dashboard-{self.cijfers.peildatum:%Y-%m-%d}.csv")
            if pad is None:
                return None
        return self._schrijf(pad, cijfer_rijen(self.cijfers))

    def exporteer_lijst(self, pad: Path | None = None) -> Path | None:
        """Save the drill-down list as shown (filter and sort order) as CSV."""
        lijst = self.drill_model.lijst
        if lijst is None:
            return None
        if pad is None:
            naam = f"dashboard-{lijst.sleutel.value}-{self.peildatum:%Y-%m-%d}.csv"
            pad = vraag_exportpad(self, naam)
            if pad is None:
                return None
        volgorde = [self.drill_proxy.index(i, 0).data(RIJ_ROLE) for i in range(self.drill_proxy.rowCount())]
        return self._schrijf(pad, drill_rijen(self.drill_model, volgorde))

    def _schrijf(self, pad: Path, rijen: list[list[str]]) -> Path | None:
        try:
            schrijf_csv(pad, rijen)
        except OSError as fout:
            log.warning("Dashboard: export mislukt: %s", fout.__class__.__name__)
            self.melding.toon_fout(
                self.tr("Het bestand kon niet worden opgeslagen (%1). Kies een andere map.").replace(
                    "%1", fout.strerror or fout.__class__.__name__
                ),
                opnieuw=False,
            )
            return None
        self.melding.toon(Status.OK, self.tr("Opgeslagen als %1.").replace("%1", str(pad)))
        return pad

    # --- errors --------------------------------------------------------------------------------------------

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None], algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, Validatiefout):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, VerbindingFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Dashboard: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=True)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()
