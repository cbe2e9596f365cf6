"""Selectie: the supervisor runs the versioned selection rule and decides on its proposals (four eyes).

What belongs here: `SelectieView` (a tab of the Team view), `voorstel_html` (one proposal made readable: every
criterion with the value it saw and its points, also the ones that gave none, the rule and its threshold) and
`Besluitverslag` (the outcome of deciding on several proposals at once). The run is `Selectie.draai` on the
worker thread with a progress dialog and "Afbreken" (a cancelled run saves no proposal). Approving makes an
aangemeld traject in the intake queue; rejecting needs a motivation. Several proposals may be approved or
rejected in one go (each is its own transaction; the view reports which ones did not go through and why).
Nobody decides on a proposal from their own run: the view says so and the store refuses it too.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.store.fouten import GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_begeleiding import Selectie
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import Selectierapport, SelectieVoorstelRow, TeamRow
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout, controleer_tekst
from ui import opmaak as formaat
from ui.dialogs.voortgang_dialoog import VoortgangDialoog
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RIJ_ROLE, RijenProxy
from ui.qtmodels.team import SelectieModel, criterium_naam, waarde_tekst
from ui.resources import icon
from ui.tasks import Taak, TaskRunner, ViewTaken, Voortgang
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["Besluitverslag", "SelectieView", "bevestig_besluit", "voorstel_html"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
_NL = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
MAX_MOTIVATIE = 2000

STATUSSEN: tuple[tuple[str, str | None], ...] = (
    ("Open", "open"),
    ("Goedgekeurd", "goedgekeurd"),
    ("Afgewezen", "afgewezen"),
    ("Alle", None),
)


@dataclass(slots=True)
class Besluitverslag:
    """What happened when deciding on several proposals: the names that went through, and per failure why."""

    gelukt: list[str] = field(default_factory=list)
    mislukt: list[tuple[str, str]] = field(default_factory=list)


def bevestig_besluit(parent: QWidget | None, titel: str, tekst: str, knop: str) -> bool:
    """Ask for confirmation before approving or rejecting; True to go on. Tests replace this function."""
    vraag = QMessageBox(parent)
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(titel)
    vraag.setText(tekst)
    ja = vraag.addButton(knop, QMessageBox.ButtonRole.AcceptRole)
    nee = vraag.addButton(translate("Selectie", "&Terug"), QMessageBox.ButtonRole.RejectRole)
    vraag.setDefaultButton(nee)
    vraag.setEscapeButton(nee)
    vraag.exec()
    return vraag.clickedButton() is ja


def voorstel_html(v: SelectieVoorstelRow, actor_id: int) -> str:
    """The proposal made transparent: score against threshold, every criterion with its value and points."""
    cel = "style='padding:2px 14px 2px 0'"
    punten = "".join(
        "<tr>"
        f"<td {cel}><b>{html.escape(criterium_naam(r.criterium))}</b></td>"
        f"<td {cel}>{html.escape(r.omschrijving)}</td>"
        f"<td {cel} align='right'>{html.escape(waarde_tekst(r))}</td>"
        f"<td align='right'><b>{r.punten}</b></td>"
        "</tr>"
        for r in v.redenen
    )
    eigen = " (uzelf)" if v.voorgesteld_door_id == actor_id else ""
    tekst = (
        f"<h3 style='margin:0'>{html.escape(v.naam)} <span style='font-weight:normal'>"
        f"({html.escape(v.bsn_gemaskeerd)})</span></h3>"
        f"<p>Score <b>{v.score}</b> bij een drempel van <b>{v.drempel}</b> punten "
        f"(regel <b>{html.escape(v.regel)}</b>).</p>"
        f"<table cellspacing='0'><tr><th {cel} align='left'>Criterium</th><th {cel} align='left'>Wat de regel zag</th>"
        f"<th {cel} align='right'>Waarde</th><th align='right'>Punten</th></tr>{punten}"
        f"<tr><td colspan='3' style='padding-top:4px'><b>Totaal</b></td>"
        f"<td align='right' style='padding-top:4px'><b>{v.score}</b></td></tr></table>"
        f"<p>Voorgesteld door {html.escape(v.voorgesteld_door + eigen)} op "
        f"{html.escape(formaat.moment(v.ingediend_op))}.</p>"
    )
    if v.status != "open":
        tekst += (
            f"<p><b>{html.escape(v.status.capitalize())}</b> door {html.escape(v.beoordeeld_door or 'supervisor')}"
            + (f": {html.escape(v.beoordeling_motivatie)}" if v.beoordeling_motivatie else "")
            + "</p>"
        )
    if v.traject_id is not None:
        tekst += f"<p>Begeleidingstraject nr. {v.traject_id} is aangemaakt.</p>"
    return tekst


class SelectieView(QWidget):
    """Signals:
    gewijzigd: proposals were decided (the intake queue and the team figures change).
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    """

    gewijzigd = Signal()
    klantbeeld_gevraagd = Signal(int, str)

    def __init__(
        self,
        selectie: Selectie,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selectieView")
        self._dienst = selectie
        self._actor = actor
        self._runner = runner
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = 0
        self._bezig_met_besluit = False
        self._run: Taak | None = None
        self._opnieuw: Callable[[], None] | None = None
        self.mag_draaien = mag(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)
        self.mag_beslissen = mag(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)
        self.voortgang: VoortgangDialoog | None = None
        self.laatste_rapport: Selectierapport | None = None

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        uitleg = QLabel(
            self.tr(
                "De selectieregel geeft huishoudens punten voor schuld, de duur ervan, schuld tegenover inkomen, "
                "lopende toeslagen, kwetsbaarheid en open signalen. Boven de drempel komt een voorstel; bij elk "
                "voorstel ziet u elk criterium met de waarde en de punten. Een goedgekeurd voorstel komt als "
                "aangemeld traject in de intake-wachtrij. Over voorstellen uit uw eigen run beslist een andere "
                "supervisor."
            ),
            self,
        )
        uitleg.setObjectName("zacht")
        uitleg.setWordWrap(True)
        self.draai_knop = QPushButton(icon("grafiek", kleuren.accent), self.tr("Selectie &draaien…"), self)
        self.draai_knop.clicked.connect(self.draai)
        self.draai_knop.setVisible(self.mag_draaien)
        self.status_keuze = QComboBox(self)
        for tekst, _waarde in STATUSSEN:
            self.status_keuze.addItem(self.tr(tekst))
        self.status_keuze.setAccessibleName(self.tr("Welke voorstellen"))
        self.status_keuze.currentIndexChanged.connect(lambda _i: self.vernieuw())
        status_label = QLabel(self.tr("&Toon:"), self)
        status_label.setBuddy(self.status_keuze)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter op naam, BSN of criterium"))
        self.filter_edit.setAccessibleName(self.tr("Filter voorstellen"))
        self.filter_edit.setClearButtonEnabled(True)
        self.bezig = BezigIndicator(self.tr("Voorstellen laden…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)

        self.model = SelectieModel(kleuren, actor.id)
        self.model.setParent(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.zet_tekst)
        self.tabel = DataTabel(self.proxy, self.tr("Selectievoorstellen"), self)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabel.zet_kolombreedtes([190, 95, 120, 290, 100, 200, 95])
        self.tabel.selectionModel().selectionChanged.connect(lambda *_a: self._werk_knoppen_bij())
        self.tabel.rij_gekozen.connect(self._toon_detail)
        tabel_label = QLabel(self.tr("Voorstell&en (Ctrl+klik of Shift+pijl om er meer te kiezen)"), self)
        tabel_label.setObjectName("sectie")
        tabel_label.setBuddy(self.tabel)
        self.leeg_label = QLabel(self.tr("Er zijn geen voorstellen met deze status."), self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Waarom dit voorstel"))
        detail_label = QLabel(self.tr("&Waarom dit voorstel"), self)
        detail_label.setObjectName("sectie")
        detail_label.setBuddy(self.detail)
        self.motivatie_edit = QPlainTextEdit(self)
        self.motivatie_edit.setTabChangesFocus(True)
        self.motivatie_edit.setMaximumHeight(self.motivatie_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.motivatie_edit.setPlaceholderText(
            self.tr("Waarom keurt u goed of af? Bij afwijzen verplicht; bij goedkeuren komt dit bij het traject.")
        )
        self.motivatie_edit.setAccessibleName(self.tr("Motivatie van uw besluit"))
        motivatie_label = QLabel(self.tr("&Motivatie (verplicht bij afwijzen):"), self)
        motivatie_label.setBuddy(self.motivatie_edit)
        self.motivatie_melding = VeldMelding(self.motivatie_edit, kleuren, self)
        self.motivatie_edit.textChanged.connect(self.motivatie_melding.verberg)
        self.goedkeuren_knop = QPushButton(icon("ok", kleuren.ok), self.tr("&Goedkeuren"), self)
        self.afwijzen_knop = QPushButton(icon("sluiten", kleuren.urgent), self.tr("&Afwijzen"), self)
        self.klantbeeld_knop = QPushButton(icon("klantbeeld", kleuren.accent), self.tr("&Klantbeeld openen"), self)
        self.goedkeuren_knop.clicked.connect(lambda: self.beslis(goedkeuren=True))
        self.afwijzen_knop.clicked.connect(lambda: self.beslis(goedkeuren=False))
        self.klantbeeld_knop.clicked.connect(self._open_klantbeeld)
        self.eigen_label = QLabel(self)
        self.eigen_label.setWordWrap(True)
        self.eigen_label.hide()
        self.naar_keuze = QComboBox(self)
        self.naar_keuze.setAccessibleName(self.tr("Na goedkeuren naar"))
        self.naar_keuze.setToolTip(
            self.tr("Laat het traject in de intake-wachtrij, of geef het meteen aan een begeleider")
        )
        self.zet_begeleiders(())
        naar_label = QLabel(self.tr("Na goedkeuren &naar:"), self)
        naar_label.setBuddy(self.naar_keuze)
        self.besluit_bezig = BezigIndicator(self.tr("Besluit vastleggen…"), self)

        # --- layout ---------------------------------------------------------------------------------------------
        balk = QHBoxLayout()
        balk.addWidget(self.draai_knop)
        balk.addSpacing(16)
        balk.addWidget(status_label)
        balk.addWidget(self.status_keuze)
        balk.addWidget(self.filter_edit, 1)
        balk.addWidget(self.bezig)
        boven = QWidget(self)
        b = QVBoxLayout(boven)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(tabel_label)
        b.addWidget(self.leeg_label)
        b.addWidget(self.tabel, 1)
        onder = QWidget(self)
        o = QVBoxLayout(onder)
        o.setContentsMargins(0, 0, 0, 0)
        o.addWidget(detail_label)
        o.addWidget(self.detail, 1)
        o.addWidget(motivatie_label)
        o.addWidget(self.motivatie_edit)
        o.addWidget(self.motivatie_melding)
        o.addWidget(self.eigen_label)
        knoppen = QHBoxLayout()
        knoppen.addWidget(naar_label)
        knoppen.addWidget(self.naar_keuze)
        knoppen.addWidget(self.goedkeuren_knop)
        knoppen.addWidget(self.afwijzen_knop)
        knoppen.addWidget(self.besluit_bezig)
        knoppen.addStretch(1)
        knoppen.addWidget(self.klantbeeld_knop)
        o.addLayout(knoppen)
        splitser = QSplitter(Qt.Orientation.Vertical, self)
        splitser.addWidget(boven)
        splitser.addWidget(onder)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 1)
        splitser.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.melding)
        layout.addWidget(uitleg)
        layout.addLayout(balk)
        layout.addWidget(splitser, 1)
        for a, c in (
            (self.draai_knop, self.status_keuze),
            (self.status_keuze, self.filter_edit),
            (self.filter_edit, self.tabel),
            (self.tabel, self.detail),
            (self.detail, self.motivatie_edit),
            (self.motivatie_edit, self.naar_keuze),
            (self.naar_keuze, self.goedkeuren_knop),
            (self.goedkeuren_knop, self.afwijzen_knop),
            (self.afwijzen_knop, self.klantbeeld_knop),
        ):
            self.setTabOrder(a, c)
        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.addAction(self.vernieuw_actie)
        self._toon_detail(None)

    # --- loading ------------------------------------------------------------------------------------------------

    def zet_begeleiders(self, begeleiders: Sequence[TeamRow]) -> None:
        """The begeleiders an approved traject may go to at once (the Team view passes its distribution)."""
        vorige = self.naar_keuze.currentData()
        self.naar_keuze.clear()
        self.naar_keuze.addItem(self.tr("de intake-wachtrij"), None)
        for b in sorted(begeleiders, key=lambda r: (r.open_trajecten, r.naam)):
            tekst = self.tr("%1 (%2 open)").replace("%1", b.naam).replace("%2", str(b.open_trajecten))
            self.naar_keuze.addItem(tekst, b.begeleider_id)
        index = self.naar_keuze.findData(vorige) if vorige is not None else 0
        self.naar_keuze.setCurrentIndex(max(index, 0))
        self._namen = {b.begeleider_id: b.naam for b in begeleiders}

    @property
    def naar_begeleider(self) -> int | None:
        """The begeleider chosen for approved trajecten; None: the intake queue."""
        waarde = self.naar_keuze.currentData()
        return int(waarde) if waarde is not None else None

    @property
    def status(self) -> str | None:
        return STATUSSEN[self.status_keuze.currentIndex()][1]

    def gekozen(self) -> list[SelectieVoorstelRow]:
        """The selected proposals, in table order."""
        rijen = sorted(self.tabel.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(RIJ_ROLE) for i in rijen if isinstance(i.data(RIJ_ROLE), SelectieVoorstelRow)]

    def focus_inhoud(self) -> None:
        self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)

    def vernieuw(self) -> None:
        if not self.mag_beslissen:
            return
        self._generatie += 1
        generatie = self._generatie
        dienst, actor, status = self._dienst, self._actor, self.status
        huidig = self.tabel.huidige_rij()
        vorige = huidig.beoordeling_id if isinstance(huidig, SelectieVoorstelRow) else None

        def stap() -> None:
            self.taken.submit(
                lambda: dienst.voorstellen(actor, status=status),
                lambda rijen: self._na_laden(generatie, rijen, vorige),
                lambda fout: self._fout(fout, stap, self.tr("De voorstellen konden niet worden geladen.")),
            )

        stap()

    def _na_laden(self, generatie: int, rijen: list[SelectieVoorstelRow], vorige: int | None) -> None:
        if generatie != self._generatie:
            return
        self.model.zet_rijen(rijen)
        self.leeg_label.setVisible(not rijen)
        self.tabel.setVisible(bool(rijen))
        rij = 0
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).beoordeling_id == vorige:
                rij = i
        if rijen:
            self.tabel.setCurrentIndex(self.proxy.index(rij, 0))
        else:
            self._toon_detail(None)
        self._werk_knoppen_bij()

    def _toon_detail(self, v: SelectieVoorstelRow | None) -> None:
        if v is None:
            self.detail.clear()
        else:
            self.detail.setHtml(voorstel_html(v, self._actor.id))
        self._werk_knoppen_bij()

    def _werk_knoppen_bij(self) -> None:
        gekozen = self.gekozen()
        open_ = [v for v in gekozen if v.status == "open"]
        eigen = [v for v in open_ if v.voorgesteld_door_id == self._actor.id]
        beslisbaar = len(open_) - len(eigen)
        aan = self.mag_beslissen and beslisbaar > 0 and not self._bezig_met_besluit
        self.goedkeuren_knop.setEnabled(aan)
        self.afwijzen_knop.setEnabled(aan)
        meer = f" ({beslisbaar})" if beslisbaar > 1 else ""
        self.goedkeuren_knop.setText(self.tr("&Goedkeuren") + meer)
        self.afwijzen_knop.setText(self.tr("&Afwijzen") + meer)
        self.klantbeeld_knop.setEnabled(len(gekozen) == 1)
        if eigen:
            self.eigen_label.setText(
                self.tr(
                    "%1 van de gekozen voorstellen komen uit uw eigen run: daarover beslist een andere supervisor "
                    "(vier ogen)."
                ).replace("%1", str(len(eigen)))
                if len(gekozen) > 1
                else self.tr(
                    "Dit voorstel komt uit uw eigen run: een andere supervisor beslist erover (vier ogen). U kunt het "
                    "hier alleen bekijken."
                )
            )
            self.eigen_label.show()
        else:
            self.eigen_label.hide()

    # --- running the rule ---------------------------------------------------------------------------------------

    def draai(self) -> None:
        if not self.mag_draaien or self._run is not None:
            return
        dienst, actor, peildatum = self._dienst, self._actor, self._vandaag()
        self.melding.verberg()
        self.draai_knop.setEnabled(False)
        self.voortgang = VoortgangDialoog(
            self.tr("Selectie draaien"),
            self.tr("huishoudens"),
            self,
            uitleg=self.tr("Bij afbreken worden er geen voorstellen bewaard."),
        )
        self.voortgang.canceled.connect(self.breek_run_af)

        def run(v: Voortgang) -> Selectierapport:
            return dienst.draai(actor, peildatum=peildatum, voortgang=v.meld, afgebroken=v.afgebroken)

        self._run = self._runner.submit_lang(run, self._na_run, self._run_fout, bij_voortgang=self._meld, context=self)
        self.voortgang.show()

    def _meld(self, gedaan: int, totaal: int) -> None:
        if self.voortgang is not None:
            self.voortgang.meld(gedaan, totaal)

    def breek_run_af(self) -> None:
        if self._run is not None:
            self._run.breek_af()

    def _einde_run(self) -> None:
        self._run = None
        self.draai_knop.setEnabled(True)
        if self.voortgang is not None:
            self.voortgang.canceled.disconnect(self.breek_run_af)
            self.voortgang.close()
            self.voortgang.deleteLater()
            self.voortgang = None

    def _na_run(self, rapport: Selectierapport) -> None:
        self._einde_run()
        self.laatste_rapport = rapport
        if rapport.afgebroken:
            self.melding.toon(
                Status.AANDACHT,
                self.tr("De selectie is afgebroken na %1 huishoudens. Er zijn geen voorstellen bewaard.").replace(
                    "%1", _NL.toString(rapport.beoordeeld)
                ),
            )
        else:
            self.melding.toon(
                Status.OK,
                self.tr(
                    "Selectie %1 klaar: %2 huishoudens bekeken, %3 boven de drempel, %4 nieuwe voorstellen. Een andere "
                    "supervisor beslist erover."
                )
                .replace("%1", rapport.regel)
                .replace("%2", _NL.toString(rapport.beoordeeld))
                .replace("%3", _NL.toString(rapport.boven_drempel))
                .replace("%4", _NL.toString(len(rapport.voorstellen))),
            )
        self.status_keuze.setCurrentIndex(0)
        self.vernieuw()

    def _run_fout(self, fout: BaseException) -> None:
        self._einde_run()
        self._fout(fout, self.draai, self.tr("De selectie kon niet worden gedraaid; er zijn geen voorstellen bewaard."))

    # --- deciding -----------------------------------------------------------------------------------------------

    def beslis(self, *, goedkeuren: bool) -> None:
        if self._bezig_met_besluit or not self.mag_beslissen:
            return
        voorstellen = [v for v in self.gekozen() if v.status == "open" and v.voorgesteld_door_id != self._actor.id]
        if not voorstellen:
            return
        try:
            motivatie = controleer_tekst(
                self.motivatie_edit.toPlainText(),
                "motivatie",
                max_lengte=MAX_MOTIVATIE,
                verplicht=not goedkeuren,
                meerdere_regels=True,
            )
        except Validatiefout as fout:
            tekst = fout.melding
            if not self.motivatie_edit.toPlainText().strip():
                tekst = self.tr("schrijf waarom u dit voorstel afwijst")
            self.motivatie_melding.toon(tekst)
            self.motivatie_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        namen = ", ".join(v.naam for v in voorstellen[:5]) + (" …" if len(voorstellen) > 5 else "")
        naar = self.naar_begeleider if goedkeuren else None
        if goedkeuren:
            titel = self.tr("Voorstellen goedkeuren")
            vraag = (
                (
                    self.tr(
                        "U keurt %1 voorstellen goed: %2. Er komt per huishouden een aangemeld traject in de "
                        "intake-wachtrij."
                    )
                    if len(voorstellen) > 1
                    else self.tr(
                        "U keurt het voorstel voor %2 goed. Er komt een aangemeld traject in de intake-wachtrij."
                    )
                )
                .replace("%1", str(len(voorstellen)))
                .replace("%2", namen)
            )
            if naar is not None:
                vraag = vraag.replace(
                    self.tr("in de intake-wachtrij."),
                    self.tr("in de caseload van %1; die krijgt een taak voor het intakegesprek.").replace(
                        "%1", self._namen.get(naar, "")
                    ),
                )
            knop = self.tr("Ja, &goedkeuren")
        else:
            titel = self.tr("Voorstellen afwijzen")
            vraag = (
                (
                    self.tr("U wijst %1 voorstellen af: %2. Deze huishoudens krijgen nu geen begeleiding aangeboden.")
                    if len(voorstellen) > 1
                    else self.tr(
                        "U wijst het voorstel voor %2 af. Dit huishouden krijgt nu geen begeleiding aangeboden."
                    )
                )
                .replace("%1", str(len(voorstellen)))
                .replace("%2", namen)
            )
            knop = self.tr("Ja, &afwijzen")
        if not bevestig_besluit(self, titel, vraag, knop):
            return
        dienst, actor, vandaag = self._dienst, self._actor, self._vandaag()
        te_doen = [(v.beoordeling_id, v.version, v.naam) for v in voorstellen]

        def doe() -> Besluitverslag:
            verslag = Besluitverslag()
            for i, (beoordeling_id, versie, naam) in enumerate(te_doen):
                try:
                    if goedkeuren:
                        dienst.keur_goed(
                            actor, beoordeling_id, versie, vandaag=vandaag, motivatie=motivatie, begeleider_id=naar
                        )
                    else:
                        dienst.wijs_af(actor, beoordeling_id, versie, motivatie=motivatie or "")
                except VerbindingFout as fout:
                    verslag.mislukt.extend((n, fout.melding) for _b, _v, n in te_doen[i:])
                    break
                except (OpslagFout, Validatiefout) as fout:
                    verslag.mislukt.append((naam, fout.melding))
                else:
                    verslag.gelukt.append(naam)
            return verslag

        self._zet_besluit_bezig(True)
        self.melding.verberg()
        self.taken.submit(
            doe,
            lambda verslag: self._na_besluit(verslag, goedkeuren, naar),
            self._besluit_fout,
        )

    def _zet_besluit_bezig(self, bezig: bool) -> None:
        self._bezig_met_besluit = bezig
        self.besluit_bezig.zet_actief(bezig)
        self.motivatie_edit.setReadOnly(bezig)
        self._werk_knoppen_bij()

    def _na_besluit(self, verslag: Besluitverslag, goedkeuren: bool, naar: int | None = None) -> None:
        self._zet_besluit_bezig(False)
        if verslag.gelukt:
            meer = len(verslag.gelukt) > 1
            if goedkeuren:
                tekst = (
                    self.tr("%1 voorstellen goedgekeurd: %2. De trajecten staan in de intake-wachtrij.")
                    if meer
                    else self.tr("Voorstel voor %2 goedgekeurd. Het traject staat in de intake-wachtrij.")
                )
            else:
                tekst = self.tr("%1 voorstellen afgewezen: %2.") if meer else self.tr("Voorstel voor %2 afgewezen.")
            tekst = tekst.replace("%1", str(len(verslag.gelukt))).replace("%2", ", ".join(verslag.gelukt))
            if goedkeuren and naar is not None:
                waar = self.tr("in de intake-wachtrij.")
                tekst = tekst.replace(waar, self.tr("bij %1.").replace("%1", self._namen.get(naar, "")))
        else:
            tekst = self.tr("Geen enkel voorstel is verwerkt.")
        if verslag.mislukt:
            tekst += " " + self.tr("Niet gelukt: %1").replace(
                "%1", "; ".join(f"{naam}: {eerste_hoofdletter(melding)}" for naam, melding in verslag.mislukt)
            )
            self.melding.toon(Status.AANDACHT, tekst)
        else:
            self.melding.toon(Status.OK, tekst)
            self.motivatie_edit.clear()
        self.vernieuw()
        if verslag.gelukt:
            self.gewijzigd.emit()

    def _besluit_fout(self, fout: BaseException) -> None:
        self._zet_besluit_bezig(False)
        self._fout(fout, None, self.tr("Het besluit kon niet worden vastgelegd. Uw motivatie is bewaard."))

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None] | None, algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, Validatiefout):
            self.melding.toon_fout(eerste_hoofdletter(fout.melding), opnieuw=False)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=opnieuw is not None)
        else:
            log.error("Selectie: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(
                algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=opnieuw is not None
            )

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def _open_klantbeeld(self) -> None:
        gekozen = self.gekozen()
        if len(gekozen) == 1:
            self.klantbeeld_gevraagd.emit(gekozen[0].burger_id, gekozen[0].naam)

    def heeft_onopgeslagen_invoer(self) -> bool:
        return bool(self.motivatie_edit.toPlainText().strip())
