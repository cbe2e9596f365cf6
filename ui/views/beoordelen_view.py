"""Beoordelen: the supervisor's four-eyes queue of proposals outside policy (issue #4).

What belongs here: `BeoordelenView` and the small pure functions that turn a `BeoordelingRow` into readable HTML
(`voorstel_html`, `situatie_html`, `berekening_html`). The queue (`Beoordelingen.wachtrij`, oldest first) is a
table; the chosen request is shown as three columns side by side — the proposal with the proposer's motivation,
the household's situation, and the calculation (schedule, capacity, every unconfirmed parameter marked) — with
the decision below: approve or reject, always with a motivation. One's own proposals are in the queue but cannot
be decided (the buttons say why; the store refuses it as well). After a decision the proposer gets a task with
the outcome; the view says so, reloads, and emits `gewijzigd`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import logging
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.domain import BeoordelingSoort, BeoordelingStatus, RegelingSoort, VorderingStatus
from models.store.fouten import Conflict, GeenToegang, NietGevonden, OpslagFout, VerbindingFout
from models.store.interfaces_regelingen import Beoordelingen
from models.store.rows import MedewerkerRow
from models.store.rows_regelingen import BeoordelingRow, VoorstelUitkomst
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import RijenProxy
from ui.qtmodels.regelingen import WIJZIGING_TEKST, BeoordelingModel
from ui.resources import icon
from ui.tasks import TaskRunner, ViewTaken
from ui.views.regelingen.capaciteit import leefsituatie_tekst
from ui.weergave import label
from ui.widgets.bezig import BezigIndicator
from ui.widgets.melding import MeldingBalk
from ui.widgets.tabel import DataTabel
from ui.widgets.veldmelding import VeldMelding, eerste_hoofdletter

__all__ = ["BeoordelenView", "berekening_html", "situatie_html", "voorstel_html"]

log = logging.getLogger(__name__)

_TOESLAG = {
    "zorgtoeslag": "Zorgtoeslag",
    "huurtoeslag": "Huurtoeslag",
    "kindgebonden_budget": "Kindgebonden budget",
    "kinderopvangtoeslag": "Kinderopvangtoeslag",
}


def _geld(waarde: Any) -> str:
    if waarde in (None, ""):
        return "–"
    try:
        return formaat.euro(Decimal(str(waarde)))
    except ArithmeticError:
        return str(waarde)


def _datum(waarde: Any) -> str:
    if not waarde:
        return "–"
    with contextlib.suppress(ValueError):
        return formaat.datum(dt.date.fromisoformat(str(waarde)[:10]))
    return str(waarde)


def _tabel(rijen: Iterable[tuple[str, str]]) -> str:
    cellen = "".join(
        f"<tr><td style='padding:1px 12px 1px 0'>{html.escape(a)}</td><td><b>{html.escape(b)}</b></td></tr>"
        for a, b in rijen
    )
    return f"<table cellspacing='0'>{cellen}</table>"


def _kop(tekst: str) -> str:
    return f"<h4 style='margin:8px 0 2px 0'>{html.escape(tekst)}</h4>"


def _lijst(items: Iterable[str]) -> str:
    return "<ul style='margin:0 0 0 -20px'>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def voorstel_html(b: BeoordelingRow) -> str:
    """The proposal: what, why (the reasons it is outside policy), who, when, and the proposer's motivation."""
    parameters = dict(b.gegevens.get("parameters") or {})
    rijen = [
        ("Soort", label(BeoordelingSoort, b.soort)),
        ("Voorstel", WIJZIGING_TEKST.get(b.wijziging, b.wijziging)),
        ("Burger", b.burger_naam),
        ("Voorgesteld door", b.voorgesteld_door_naam + (" (uzelf)" if b.eigen else "")),
        ("Ingediend op", formaat.moment(b.ingediend_op)),
        ("Status", label(BeoordelingStatus, b.status)),
    ]
    if parameters.get("soort"):
        rijen.append(("Regeling", label(RegelingSoort, str(parameters["soort"]))))
    if parameters.get("looptijd"):
        rijen.append(("Looptijd", f"{parameters['looptijd']} maanden"))
    pauze = parameters.get("pauze")
    if isinstance(pauze, dict):
        rijen.append(("Betaalpauze", f"{pauze.get('maanden')} maanden vanaf {_datum(pauze.get('vanaf'))}"))
    if parameters.get("maanden"):
        rijen.append(("Betaalpauze", f"{parameters['maanden']} maanden"))
    if parameters.get("extra_maanden"):
        rijen.append(("Extra maanden", str(parameters["extra_maanden"])))
    tekst = _tabel(rijen)
    tekst += _kop("Waarom buiten het beleid") + _lijst(b.redenen or ("(geen reden opgegeven)",))
    tekst += _kop("Motivatie van " + b.voorgesteld_door_naam)
    tekst += "<p style='white-space:pre-wrap'>" + html.escape(b.motivatie) + "</p>"
    if b.beoordeling_motivatie:
        tekst += _kop("Beoordeling door " + (b.beoordeeld_door_naam or "supervisor"))
        tekst += "<p style='white-space:pre-wrap'>" + html.escape(b.beoordeling_motivatie) + "</p>"
    return tekst


def situatie_html(b: BeoordelingRow) -> str:
    """The household at the time of the proposal (as the store summarised it)."""
    s = b.situatie
    if not s:
        return "<p>Geen gegevens over het huishouden bij dit voorstel.</p>"
    partner = "ja" + (f" ({s['partner_naam']})" if s.get("partner_naam") else "") if s.get("partner") else "nee"
    toeslagen = ", ".join(_TOESLAG.get(t, t) for t in s.get("lopende_toeslagen") or ()) or "geen"
    rijen = [
        ("Naam", str(s.get("naam", b.burger_naam))),
        ("Peildatum", _datum(s.get("peildatum"))),
        ("Toeslagpartner", partner),
        ("Kinderen thuis", str(s.get("kinderen_thuis", "–"))),
        ("Lopende toeslagen", toeslagen),
        ("Persoonlijke begeleiding", "ja" if s.get("begeleiding") else "nee"),
        ("Totaal open", _geld(s.get("open_schuld"))),
        ("Lopende regelingen", str(s.get("lopende_regelingen", 0))),
        ("Vervallen regelingen", str(s.get("vervallen_regelingen", 0))),
    ]
    tekst = _tabel(rijen)
    vorderingen = s.get("vorderingen") or []
    if vorderingen:
        tekst += _kop("Vorderingen")
        tekst += _lijst(
            f"{_TOESLAG.get(str(v.get('toeslag')), v.get('toeslag'))} {v.get('jaar')}: {_geld(v.get('open'))} open, "
            f"{label(VorderingStatus, str(v.get('status')))}"
            + (" (van de partner)" if v.get("schuldenaar") == "partner" else "")
            for v in vorderingen
        )
    return tekst


def berekening_html(b: BeoordelingRow, waarschuwing: str = "#E17000") -> str:
    """The calculation the proposal rests on: schedule in figures, the capacity, unconfirmed parameters marked."""
    r = b.berekening
    if not r:
        return "<p>Geen berekening bij dit voorstel.</p>"
    termijnen = r.get("termijnen") or []
    rijen = [
        ("Schuld bij de start", _geld(r.get("schuld"))),
        ("Per maand", _geld(r.get("termijnbedrag"))),
        ("Aantal termijnen", str(r.get("aantal_termijnen", len(termijnen)))),
    ]
    if termijnen:
        rijen.append(("Eerste termijn", _datum(termijnen[0].get("vervaldatum"))))
        rijen.append(
            ("Laatste termijn", f"{_datum(termijnen[-1].get('vervaldatum'))} ({_geld(termijnen[-1].get('bedrag'))})")
        )
    rijen += [
        ("Totaal te betalen", _geld(r.get("totaal"))),
        ("Invorderingsrente", _geld(r.get("invorderingsrente"))),
    ]
    if r.get("restant") not in (None, "0.00", "0"):
        rijen.append(("Restant (niet geïnd)", _geld(r.get("restant"))))
    tekst = _tabel(rijen)
    if r.get("conclusie"):
        tekst += f"<p>{html.escape(str(r['conclusie']))}</p>"
    c = r.get("betalingscapaciteit")
    if isinstance(c, dict):
        tekst += _kop("Betalingscapaciteit per maand")
        tekst += _tabel(
            [
                ("Leefsituatie", leefsituatie_tekst(str(c.get("leefsituatie", "")))),
                ("Inkomen", _geld(c.get("inkomen"))),
                ("Uitgaven", _geld(c.get("uitgaven"))),
                ("Netto besteedbaar", _geld(c.get("netto_besteedbaar"))),
                ("Kosten van bestaan", _geld(c.get("kosten_van_bestaan"))),
                ("Beschermd minimum (blijft altijd over)", _geld(c.get("beschermd_minimum"))),
                ("Capaciteit", _geld(c.get("capaciteit"))),
                ("Hoogste termijnbedrag", _geld(c.get("maximaal_termijnbedrag"))),
            ]
        )
    capaciteit_onbevestigd = c.get("onbevestigde_parameters") or () if isinstance(c, dict) else ()
    onbevestigd = list(dict.fromkeys([*(r.get("onbevestigde_parameters") or ()), *capaciteit_onbevestigd]))
    if onbevestigd:
        tekst += (
            f"<p style='color:{waarschuwing}'>&#9888; <b>Onbevestigde parameters</b> (nog niet door beleid "
            f"vastgesteld): {html.escape(', '.join(onbevestigd))}</p>"
        )
    stappen = r.get("uitleg") or []
    if stappen:
        tekst += _kop("Berekening stap voor stap")
        tekst += _lijst(f"{s.get('stap', '')}: {s.get('waarde', '')}" for s in stappen[:14])
    return tekst


class BeoordelenView(QWidget):
    """Signals:
    gewijzigd: a decision was made (task lists and the klantbeeld may change).
    klantbeeld_gevraagd(int, str): open this citizen's klantbeeld (burger_id, naam).
    """

    gewijzigd = Signal()
    klantbeeld_gevraagd = Signal(int, str)

    def __init__(
        self,
        beoordelingen: Beoordelingen | None,
        actor: MedewerkerRow,
        runner: TaskRunner,
        kleuren: Kleuren,
        parent: QWidget | None = None,
        *,
        vandaag: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("beoordelenView")
        self._dienst = beoordelingen
        self._actor = actor
        self._kleuren = kleuren
        self._vandaag = vandaag or dt.date.today
        self.taken = ViewTaken(runner, self)
        self._generatie = 0
        self._bezig_met_besluit = False
        self._opnieuw: Callable[[], None] | None = None
        self.mag_beslissen = mag(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)

        self.melding = MeldingBalk(kleuren, self)
        self.melding.opnieuw_gevraagd.connect(self._on_opnieuw)
        titel = QLabel(self.tr("Beoordelen"), self)
        titel.setObjectName("titel")
        uitleg = QLabel(
            self.tr(
                "Voorstellen buiten het beleid wachten hier op een tweede paar ogen, de oudste bovenaan. Beslis met "
                "een motivatie; over uw eigen voorstellen beslist een andere supervisor."
            ),
            self,
        )
        uitleg.setObjectName("zacht")
        uitleg.setWordWrap(True)
        self.bezig = BezigIndicator(self.tr("Wachtrij laden…"), self)
        self.taken.bezig_veranderd.connect(self.bezig.zet_actief)
        self.vernieuw_knop = QPushButton(icon("vernieuwen", kleuren.accent), "", self)
        self.vernieuw_knop.setToolTip(self.tr("Vernieuwen (F5)"))
        self.vernieuw_knop.setAccessibleName(self.tr("Vernieuwen"))
        self.vernieuw_knop.clicked.connect(self.vernieuw)

        self.model = BeoordelingModel(kleuren, self._vandaag)
        self.model.setParent(self)
        self.proxy = RijenProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabel = DataTabel(self.proxy, self.tr("Voorstellen die wachten op beoordeling"), self)
        self.tabel.zet_kolombreedtes([230, 180, 200, 190, 100])
        self.tabel.rij_gekozen.connect(self._on_gekozen)
        self.tabel.rij_geactiveerd.connect(lambda _r: self.motivatie_edit.setFocus(Qt.FocusReason.OtherFocusReason))
        tabel_label = QLabel(self.tr("&Wachtrij"), self)
        tabel_label.setObjectName("sectie")
        tabel_label.setBuddy(self.tabel)
        self.leeg_label = QLabel(self.tr("Er wachten geen voorstellen op beoordeling."), self)
        self.leeg_label.setObjectName("leeg")
        self.leeg_label.hide()

        def kolom(titel_tekst: str, naam: str) -> tuple[QWidget, QTextBrowser]:
            houder = QWidget(self)
            browser = QTextBrowser(houder)
            browser.setOpenLinks(False)
            browser.setAccessibleName(naam)
            kop = QLabel(titel_tekst, houder)
            kop.setObjectName("sectie")
            kop.setBuddy(browser)
            v = QVBoxLayout(houder)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(kop)
            v.addWidget(browser, 1)
            return houder, browser

        voorstel_houder, self.voorstel_tekst = kolom(self.tr("&Voorstel"), self.tr("Voorstel"))
        situatie_houder, self.situatie_tekst = kolom(self.tr("&Huishouden"), self.tr("Situatie van het huishouden"))
        berekening_houder, self.berekening_tekst = kolom(self.tr("Be&rekening"), self.tr("Berekening"))

        self.motivatie_edit = QPlainTextEdit(self)
        self.motivatie_edit.setTabChangesFocus(True)
        self.motivatie_edit.setMinimumHeight(self.motivatie_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.motivatie_edit.setMaximumHeight(self.motivatie_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.motivatie_edit.setPlaceholderText(
            self.tr("Waarom keurt u dit goed of af? De medewerker die het voorstelde leest dit in de taak.")
        )
        self.motivatie_edit.setAccessibleName(self.tr("Motivatie van uw beoordeling"))
        self.motivatie_edit.setAccessibleDescription(self.tr("Verplicht."))
        motivatie_label = QLabel(self.tr("&Motivatie van uw beoordeling (verplicht):"), self)
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
        self.eigen_label.setObjectName("sectie")
        self.eigen_label.hide()
        self.besluit_bezig = BezigIndicator(self.tr("Beslissing vastleggen…"), self)

        # --- layout ------------------------------------------------------------------------------------------
        boven = QWidget(self)
        b = QVBoxLayout(boven)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(tabel_label)
        b.addWidget(self.leeg_label)
        b.addWidget(self.tabel, 1)
        kolommen = QSplitter(Qt.Orientation.Horizontal, self)
        for houder in (voorstel_houder, situatie_houder, berekening_houder):
            kolommen.addWidget(houder)
        kolommen.setChildrenCollapsible(False)
        self.detail = QWidget(self)
        d = QVBoxLayout(self.detail)
        d.setContentsMargins(0, 0, 0, 0)
        d.addWidget(kolommen, 1)
        d.addWidget(motivatie_label)
        d.addWidget(self.motivatie_edit)
        d.addWidget(self.motivatie_melding)
        d.addWidget(self.eigen_label)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.goedkeuren_knop)
        knoppen.addWidget(self.afwijzen_knop)
        knoppen.addWidget(self.besluit_bezig)
        knoppen.addStretch(1)
        knoppen.addWidget(self.klantbeeld_knop)
        d.addLayout(knoppen)
        splitser = QSplitter(Qt.Orientation.Vertical, self)
        splitser.addWidget(boven)
        splitser.addWidget(self.detail)
        splitser.setChildrenCollapsible(False)
        splitser.setStretchFactor(0, 1)
        splitser.setStretchFactor(1, 3)
        kop = QHBoxLayout()
        kop.addWidget(titel)
        kop.addSpacing(12)
        kop.addWidget(self.bezig)
        kop.addStretch(1)
        kop.addWidget(self.vernieuw_knop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        layout.addWidget(self.melding)
        layout.addLayout(kop)
        layout.addWidget(uitleg)
        layout.addWidget(splitser, 1)
        for a, c in (
            (self.vernieuw_knop, self.tabel),
            (self.tabel, self.voorstel_tekst),
            (self.voorstel_tekst, self.situatie_tekst),
            (self.situatie_tekst, self.berekening_tekst),
            (self.berekening_tekst, self.motivatie_edit),
            (self.motivatie_edit, self.goedkeuren_knop),
            (self.goedkeuren_knop, self.afwijzen_knop),
            (self.afwijzen_knop, self.klantbeeld_knop),
        ):
            self.setTabOrder(a, c)

        self.vernieuw_actie = QAction(self.tr("Vernieuwen"), self)
        self.vernieuw_actie.setShortcut(QKeySequence.StandardKey.Refresh)
        self.vernieuw_actie.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.vernieuw_actie.triggered.connect(self.vernieuw)
        self.addAction(self.vernieuw_actie)
        self._on_gekozen(None)

    # --- loading -----------------------------------------------------------------------------------------

    @property
    def gekozen(self) -> BeoordelingRow | None:
        rij = self.tabel.huidige_rij()
        return rij if isinstance(rij, BeoordelingRow) else None

    def focus_inhoud(self) -> None:
        self.tabel.setFocus(Qt.FocusReason.OtherFocusReason)

    def vernieuw(self, *, kies: int | None = None) -> None:
        """Load the queue (F5; also each time the view is shown)."""
        if self._dienst is None or not self.mag_beslissen:
            return
        self._generatie += 1
        generatie = self._generatie
        dienst, actor = self._dienst, self._actor
        vorige = kies if kies is not None else (self.gekozen.id if self.gekozen is not None else None)

        def stap() -> None:
            self.taken.submit(
                lambda: dienst.wachtrij(actor),
                lambda rijen: self._na_laden(generatie, rijen, vorige),
                lambda fout: self._fout(fout, stap, self.tr("De wachtrij kon niet worden geladen.")),
            )

        stap()

    def _na_laden(self, generatie: int, rijen: list[BeoordelingRow], vorige: int | None) -> None:
        if generatie != self._generatie:
            return
        self.model.zet_rijen(rijen)
        self.leeg_label.setVisible(not rijen)
        self.tabel.setVisible(bool(rijen))
        self.detail.setVisible(bool(rijen))
        rij = 0
        for i in range(self.proxy.rowCount()):
            if self.proxy.rij(i).id == vorige:
                rij = i
        if rijen:
            self.tabel.setCurrentIndex(self.proxy.index(rij, 0))
        else:
            self._on_gekozen(None)

    def _on_gekozen(self, b: BeoordelingRow | None) -> None:
        if b is None:
            for browser in (self.voorstel_tekst, self.situatie_tekst, self.berekening_tekst):
                browser.clear()
            self.goedkeuren_knop.setEnabled(False)
            self.afwijzen_knop.setEnabled(False)
            self.klantbeeld_knop.setEnabled(False)
            self.eigen_label.hide()
            return
        self.voorstel_tekst.setHtml(voorstel_html(b))
        self.situatie_tekst.setHtml(situatie_html(b))
        self.berekening_tekst.setHtml(berekening_html(b, self._kleuren.aandacht))
        self.motivatie_melding.verberg()
        self.klantbeeld_knop.setEnabled(True)
        beslisbaar = b.is_open and not b.eigen and not self._bezig_met_besluit
        self.goedkeuren_knop.setEnabled(beslisbaar)
        self.afwijzen_knop.setEnabled(beslisbaar)
        if b.eigen:
            reden = self.tr(
                "Dit is uw eigen voorstel: een andere supervisor moet het beoordelen (vier ogen). U kunt het hier "
                "alleen bekijken."
            )
            self.eigen_label.setText(reden)
            self.eigen_label.show()
            for knop in (self.goedkeuren_knop, self.afwijzen_knop):
                knop.setToolTip(reden)
                knop.setAccessibleDescription(reden)
        else:
            self.eigen_label.hide()
            self.goedkeuren_knop.setToolTip(self.tr("Goedkeuren: het voorstel wordt uitgevoerd"))
            self.afwijzen_knop.setToolTip(self.tr("Afwijzen: het voorstel wordt niet uitgevoerd"))
            for knop in (self.goedkeuren_knop, self.afwijzen_knop):
                knop.setAccessibleDescription("")

    # --- deciding ----------------------------------------------------------------------------------------

    def beslis(self, *, goedkeuren: bool) -> None:
        b = self.gekozen
        if b is None or self._dienst is None or self._bezig_met_besluit or b.eigen:
            return
        motivatie = self.motivatie_edit.toPlainText().strip()
        if not motivatie:
            self.motivatie_melding.toon(
                self.tr("schrijf waarom u het voorstel goedkeurt of afwijst; de medewerker leest dit in de taak")
            )
            self.motivatie_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        dienst, actor, vandaag = self._dienst, self._actor, self._vandaag()
        beoordeling_id, versie = b.id, b.version

        def doe() -> VoorstelUitkomst:
            if goedkeuren:
                return dienst.keur_goed(actor, beoordeling_id, versie, motivatie, vandaag=vandaag)
            return dienst.wijs_af(actor, beoordeling_id, versie, motivatie, vandaag=vandaag)

        def stap() -> None:
            self._zet_besluit_bezig(True)
            self.taken.submit(
                doe,
                lambda uit: self._na_besluit(uit, goedkeuren),
                lambda fout: self._besluit_fout(fout, stap),
            )

        self.melding.verberg()
        stap()

    def _zet_besluit_bezig(self, bezig: bool) -> None:
        self._bezig_met_besluit = bezig
        self.besluit_bezig.zet_actief(bezig)
        self.motivatie_edit.setReadOnly(bezig)
        if bezig:
            self.goedkeuren_knop.setEnabled(False)
            self.afwijzen_knop.setEnabled(False)
        else:
            self._on_gekozen(self.gekozen)

    def _na_besluit(self, uitkomst: VoorstelUitkomst, goedkeuren: bool) -> None:
        self._zet_besluit_bezig(False)
        b = uitkomst.beoordeling
        wie = b.voorgesteld_door_naam if b is not None else self.tr("de medewerker")
        naam = b.burger_naam if b is not None else ""
        tekst = (
            self.tr("Voorstel voor %1 goedgekeurd en uitgevoerd. %2 ziet de uitkomst in de eigen takenlijst.")
            if goedkeuren
            else self.tr("Voorstel voor %1 afgewezen. %2 ziet de uitkomst en uw motivatie in de eigen takenlijst.")
        )
        self.melding.toon(Status.OK, tekst.replace("%1", naam).replace("%2", wie))
        self.motivatie_edit.clear()
        self.vernieuw()
        self.gewijzigd.emit()

    def _besluit_fout(self, fout: BaseException, opnieuw: Callable[[], None]) -> None:
        self._zet_besluit_bezig(False)
        if isinstance(fout, Validatiefout) and "motivatie" in fout.veld:
            self.motivatie_melding.toon(fout.melding)
            self.motivatie_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if isinstance(fout, Conflict):
            wie = fout.gewijzigd_door or self.tr("een collega")
            self.melding.toon(
                Status.AANDACHT,
                self.tr(
                    "%1 heeft dit voorstel intussen behandeld of gewijzigd. De wachtrij is vernieuwd; uw motivatie "
                    "staat er nog."
                ).replace("%1", wie[0].upper() + wie[1:]),
            )
            self.vernieuw()
            return
        self._fout(fout, opnieuw, self.tr("De beslissing kon niet worden vastgelegd. Uw motivatie is bewaard."))

    def _fout(self, fout: BaseException, opnieuw: Callable[[], None], algemeen: str) -> None:
        self._opnieuw = opnieuw
        if isinstance(fout, Validatiefout):
            self.melding.toon_fout(eerste_hoofdletter(fout.melding), opnieuw=False)
        elif isinstance(fout, VerbindingFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, GeenToegang | NietGevonden):
            self.melding.toon_fout(fout.melding, opnieuw=False)
        elif isinstance(fout, OpslagFout):
            self.melding.toon_fout(fout.melding, opnieuw=True)
        else:
            log.error("Beoordelen: onverwachte fout", exc_info=fout)
            self.melding.toon_fout(algemeen + " " + self.tr("De details staan in het logbestand."), opnieuw=True)

    def _on_opnieuw(self) -> None:
        if self._opnieuw is not None:
            opnieuw, self._opnieuw = self._opnieuw, None
            self.melding.verberg()
            opnieuw()

    def _open_klantbeeld(self) -> None:
        b = self.gekozen
        if b is not None:
            self.klantbeeld_gevraagd.emit(b.burger_id, b.burger_naam)

    def heeft_onopgeslagen_invoer(self) -> bool:
        return bool(self.motivatie_edit.toPlainText().strip())
