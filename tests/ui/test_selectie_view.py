"""The Selectie tab over the real store: a supervisor runs the versioned rule (progress, cancel saves nothing),
each proposal shows every criterion with its value and points, nobody decides on their own run (four eyes), a
colleague approves several at once (they become aangemelde trajecten in the intake queue) or rejects with a
required motivation."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from desktop.app import maak_diensten
from models import formaat
from models.calc.invoer import Regeling
from models.domain import Rol, TrajectBron
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from tests import fabriek
from tests.begeleiding import bouw
from tests.begeleiding.bouw import grondslagen
from tests.ui.hulp import toon_actief
from ui.palet import Kleuren
from ui.qtmodels.team import waarde_tekst
from ui.tasks import TaskRunner
from ui.views import selectie_view
from ui.views.selectie_view import SelectieView

pytestmark = pytest.mark.gui

VANDAAG = dt.date.today()  # noqa: DTZ011 - the store's "today" is the calendar day


def _kandidaat(opslag: Opslag, achternaam: str, schuld: str) -> int:
    """A household above the threshold: two running toeslagen, an old and a newer claim."""
    b = fabriek.burger(opslag, achternaam=achternaam)
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, VANDAAG.year, grondslagen(20000))
    bouw.toeslag(opslag, b, Regeling.HUURTOESLAG, VANDAAG.year, grondslagen(20000, huur=700))
    bouw.vordering(
        opslag, b, "huurtoeslag", VANDAAG.year - 2, Decimal(schuld), ontstaan_op=VANDAAG - dt.timedelta(days=540)
    )
    bouw.vordering(
        opslag, b, "zorgtoeslag", VANDAAG.year - 1, Decimal(400), ontstaan_op=VANDAAG - dt.timedelta(days=150)
    )
    return b


@pytest.fixture
def opzet(opslag: Opslag) -> tuple[Opslag, Diensten, MedewerkerRow, MedewerkerRow, list[int]]:
    burgers = [
        _kandidaat(opslag, naam, schuld) for naam, schuld in (("Hoog", "6000"), ("Midden", "4000"), ("Laag", "2600"))
    ]
    fabriek.burger(opslag, achternaam="Zonderschuld")
    sup_a = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Sanne Supervisor")
    sup_b = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Tom Teamleider")
    return opslag, maak_diensten(opslag, "Opslag (test)"), sup_a, sup_b, burgers


def _view(qtbot, diensten: Diensten, actor: MedewerkerRow, runner: TaskRunner, kleuren: Kleuren) -> SelectieView:
    assert diensten.begeleiding is not None
    view = SelectieView(diensten.begeleiding.selectie, actor, runner, kleuren, vandaag=lambda: VANDAAG)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    toon_actief(qtbot, view)
    view.vernieuw()
    _rustig(qtbot, view, runner)
    return view


def _rustig(qtbot, view: SelectieView, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.bezig and not view.taken.bezig, timeout=20_000)


@pytest.fixture
def bevestigd(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    gevraagd: list[str] = []

    def ja(_parent: object, _titel: str, tekst: str, _knop: str) -> bool:
        gevraagd.append(tekst)
        return True

    monkeypatch.setattr(selectie_view, "bevestig_besluit", ja)
    return gevraagd


def test_draaien_uitleg_vier_ogen_en_meervoudig_goedkeuren(qtbot, opzet, runner, kleuren, bevestigd) -> None:
    _opslag, diensten, sup_a, sup_b, burgers = opzet
    a = _view(qtbot, diensten, sup_a, runner, kleuren)
    assert a.leeg_label.isVisible()
    qtbot.mouseClick(a.draai_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: a.laatste_rapport is not None, timeout=20_000)
    _rustig(qtbot, a, runner)
    assert a.voortgang is None  # the progress dialog is gone
    assert "3 nieuwe voorstellen" in a.melding.tekst and "selectie@" in a.melding.tekst
    assert a.model.rowCount() == 3
    assert [r.burger_id for r in a.model.rijen()] == burgers  # highest score first
    # transparent: every criterion with its value and points, the total and the threshold
    detail = a.detail.toPlainText()
    assert "Criterium" in detail and "Punten" in detail and "Totaal" in detail
    voorstel = a.model.rij(0)
    for reden in voorstel.redenen:
        assert reden.omschrijving in detail
    assert f"Score {voorstel.score} bij een drempel van {voorstel.drempel} punten" in detail
    # the values in Dutch format, next to the criterion's Dutch name
    schuld = next(r for r in voorstel.redenen if r.criterium == "open_schuld")
    assert "Openstaande schuld" in detail and formaat.euro(Decimal(schuld.waarde)) in detail
    assert "." not in waarde_tekst(next(r for r in voorstel.redenen if r.criterium == "schuld_inkomen"))
    # own run: visible, not decidable
    assert "(uzelf)" in a.model.data(a.model.index(0, 5))
    assert not a.goedkeuren_knop.isEnabled() and a.eigen_label.isVisible()
    a.tabel.selectAll()
    a.beslis(goedkeuren=True)  # a keyboard path around the disabled button does nothing either
    assert bevestigd == []

    b = _view(qtbot, diensten, sup_b, runner, kleuren)
    assert b.model.rowCount() == 3 and not b.eigen_label.isVisible()
    # choose the first two (Ctrl+click equivalent) and approve them at once
    sel = b.tabel.selectionModel()
    b.tabel.setCurrentIndex(b.proxy.index(0, 0))
    sel.select(
        b.proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert len(b.gekozen()) == 2 and b.goedkeuren_knop.text() == "&Goedkeuren (2)"
    qtbot.mouseClick(b.goedkeuren_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "goedgekeurd" in b.melding.tekst, timeout=20_000)
    _rustig(qtbot, b, runner)
    assert len(bevestigd) == 1 and "U keurt 2 voorstellen goed" in bevestigd[0]
    assert b.model.rowCount() == 1  # the open ones left
    assert diensten.begeleiding is not None
    wachtrij = diensten.begeleiding.caseloads.intake_wachtrij(sup_b, vandaag=VANDAAG)
    assert {r.burger_id for r in wachtrij} == set(burgers[:2])
    assert all(r.bron is TrajectBron.SELECTIE for r in wachtrij)

    # reject the last one: the motivation is required
    qtbot.mouseClick(b.afwijzen_knop, Qt.MouseButton.LeftButton)
    assert "afwijst" in b.motivatie_melding.tekst and len(bevestigd) == 1
    qtbot.keyClicks(b.motivatie_edit, "Heeft al schuldhulp via de gemeente.")
    qtbot.mouseClick(b.afwijzen_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "afgewezen" in b.melding.tekst, timeout=20_000)
    _rustig(qtbot, b, runner)
    assert b.leeg_label.isVisible()
    [afgewezen] = diensten.begeleiding.selectie.voorstellen(sup_b, status="afgewezen")
    assert afgewezen.burger_id == burgers[2]
    assert afgewezen.beoordeling_motivatie == "Heeft al schuldhulp via de gemeente."
    # the history stays visible with its decision
    b.status_keuze.setCurrentIndex(3)
    _rustig(qtbot, b, runner)
    assert b.model.rowCount() == 3
    assert {b.model.data(b.model.index(i, 4)) for i in range(3)} == {"goedgekeurd", "afgewezen"}


def test_afbreken_bewaart_geen_voorstellen(qtbot, sqlite_opslag: Opslag, runner, kleuren) -> None:
    for naam in ("Hoog", "Midden"):
        _kandidaat(sqlite_opslag, naam, "6000")
    sup = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR)
    diensten = maak_diensten(sqlite_opslag, "Opslag (test)")
    view = _view(qtbot, diensten, sup, runner, kleuren)
    # hold the single worker thread, so the run is queued when the user cancels it
    los = threading.Event()
    runner.submit(lambda: los.wait(10), lambda _r: None)
    view.draai()
    assert view.voortgang is not None
    afbreken = next(k for k in view.voortgang.findChildren(QPushButton) if k.text() == "&Afbreken")
    qtbot.mouseClick(afbreken, Qt.MouseButton.LeftButton)
    los.set()
    qtbot.waitUntil(lambda: view.laatste_rapport is not None, timeout=20_000)
    _rustig(qtbot, view, runner)
    assert view.laatste_rapport.afgebroken and view.laatste_rapport.voorstellen == ()
    assert "geen voorstellen bewaard" in view.melding.tekst
    assert diensten.begeleiding is not None
    assert diensten.begeleiding.selectie.voorstellen(sup, status=None) == []
    assert view.draai_knop.isEnabled()


def test_begeleider_kan_niet_draaien_of_beslissen(qtbot, sqlite_opslag: Opslag, runner, kleuren) -> None:
    begeleider = fabriek.medewerker(sqlite_opslag, Rol.BEGELEIDER)
    diensten = maak_diensten(sqlite_opslag, "Opslag (test)")
    view = _view(qtbot, diensten, begeleider, runner, kleuren)
    assert not view.draai_knop.isVisible() and not view.goedkeuren_knop.isEnabled()
    view.draai()
    assert view.voortgang is None and not runner.bezig


def test_goedkeuren_en_meteen_toewijzen(qtbot, sqlite_opslag: Opslag, runner, kleuren, bevestigd) -> None:
    """Approve and give the traject to a begeleider at once: it lands in their caseload, not in the queue."""
    burger = _kandidaat(sqlite_opslag, "Hoog", "6000")
    sup_a = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR, naam="Sanne Supervisor")
    sup_b = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR, naam="Tom Teamleider")
    bram = fabriek.medewerker(sqlite_opslag, Rol.BEGELEIDER, naam="Bram Bakker")
    diensten = maak_diensten(sqlite_opslag, "Opslag (test)")
    assert diensten.begeleiding is not None
    diensten.begeleiding.selectie.draai(sup_a, peildatum=VANDAAG)
    view = _view(qtbot, diensten, sup_b, runner, kleuren)
    view.zet_begeleiders(diensten.begeleiding.team.teamverdeling(sup_b, vandaag=VANDAAG).rijen)
    assert view.naar_keuze.itemText(0) == "de intake-wachtrij" and view.naar_begeleider is None
    view.naar_keuze.setCurrentIndex(view.naar_keuze.findData(bram.id))
    assert view.naar_keuze.currentText() == "Bram Bakker (0 open)"
    qtbot.mouseClick(view.goedkeuren_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "goedgekeurd" in view.melding.tekst, timeout=20_000)
    _rustig(qtbot, view, runner)
    assert "in de caseload van Bram Bakker" in bevestigd[0]
    assert "Het traject staat bij Bram Bakker." in view.melding.tekst
    caseload = diensten.begeleiding.caseloads.caseload(bram, vandaag=VANDAAG)
    assert [r.burger_id for r in caseload] == [burger]
    assert diensten.begeleiding.caseloads.intake_wachtrij(sup_b, vandaag=VANDAAG) == []
