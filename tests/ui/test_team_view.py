"""The supervisor's Team view over the real store: the caseload distribution with its load bar, the intake queue,
assigning and handing over a traject (with a reason, a confirmation and a conflict), and the rail entry for the
supervisor only. The "done when" scenario — a supervisor hands a traject from begeleider A to B, and B has it in
their caseload — runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from desktop.app import maak_diensten
from models.domain import Rol, TrajectStatus
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from tests import fabriek
from tests.ui.hulp import toon_actief
from ui.dialogs import toewijzen_dialoog
from ui.dialogs.toewijzen_dialoog import ToewijzenDialoog
from ui.palet import Kleuren
from ui.qtmodels.team import BALK_ROLE, TeamModel
from ui.tasks import TaskRunner
from ui.views.team_view import WACHTRIJ, TeamView

pytestmark = pytest.mark.gui

VANDAAG = dt.date.today()  # noqa: DTZ011 - the store's "today" is the calendar day


@dataclass
class Team:
    opslag: Opslag
    diensten: Diensten
    supervisor: MedewerkerRow
    anna: MedewerkerRow
    bram: MedewerkerRow
    jansen: int  # citizen with an actief traject at Anna
    traject_jansen: int
    wachter: int  # citizen in the intake queue (aangemeld, no begeleider, intake overdue)
    traject_wachter: int


def _bouw(opslag: Opslag) -> Team:
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Sanne Supervisor")
    anna = fabriek.medewerker(opslag, Rol.BEGELEIDER, naam="Anna Akkerman")
    bram = fabriek.medewerker(opslag, Rol.BEGELEIDER, naam="Bram Bakker")
    jansen = fabriek.burger(opslag, voornamen="Els", achternaam="Jansen")
    traject_jansen = fabriek.traject(opslag, jansen, anna.id, status="actief")
    fabriek.signaal(opslag, jansen, ernst="urgent")
    for i in range(2):  # Anna carries more than Bram: her bar is the long one
        fabriek.traject(opslag, fabriek.burger(opslag, achternaam=f"Extra{i}"), anna.id, status="actief")
    wachter = fabriek.burger(opslag, voornamen="Omar", achternaam="Wachter")
    traject_wachter = fabriek.traject(
        opslag, wachter, None, status="aangemeld", aangemeld_op=VANDAAG - dt.timedelta(days=14), bron="balie"
    )
    return Team(
        opslag,
        maak_diensten(opslag, "Opslag (test)"),
        supervisor,
        anna,
        bram,
        jansen,
        traject_jansen,
        wachter,
        traject_wachter,
    )


@pytest.fixture
def team(opslag: Opslag) -> Team:
    return _bouw(opslag)


def _view(qtbot, t: Team, runner: TaskRunner, kleuren: Kleuren, actor: MedewerkerRow | None = None) -> TeamView:
    assert t.diensten.begeleiding is not None
    view = TeamView(t.diensten.begeleiding, actor or t.supervisor, runner, kleuren, vandaag=lambda: VANDAAG)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    toon_actief(qtbot, view)
    view.vernieuw()
    _rustig(qtbot, view)
    return view


def _rustig(qtbot, view: TeamView) -> None:
    qtbot.waitUntil(lambda: not view.taken.bezig and not view.caseload_bezig.actief, timeout=15_000)


def _kies_begeleider(qtbot, view: TeamView, naam: str) -> None:
    for i in range(view.team_proxy.rowCount()):
        if view.team_proxy.rij(i).naam == naam:
            view.team_tabel.setCurrentIndex(view.team_proxy.index(i, 0))
            _rustig(qtbot, view)
            return
    raise AssertionError(f"{naam} staat niet in de teamtabel")


def _traject_ids(t: Team, wie: MedewerkerRow) -> set[int]:
    """The caseload as that begeleider sees it when logged in."""
    assert t.diensten.begeleiding is not None
    return {r.traject_id for r in t.diensten.begeleiding.caseloads.caseload(wie, vandaag=VANDAAG)}


@pytest.fixture
def bevestigd(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The confirmation question answers yes and records what it asked."""
    gevraagd: list[str] = []

    def ja(_parent: object, _titel: str, tekst: str, _knop: str) -> bool:
        gevraagd.append(tekst)
        return True

    monkeypatch.setattr(toewijzen_dialoog, "bevestig_toewijzing", ja)
    return gevraagd


def test_verdeling_per_begeleider_met_balk(qtbot, team: Team, runner: TaskRunner, kleuren: Kleuren) -> None:
    view = _view(qtbot, team, runner, kleuren)
    rijen = {r.naam: r for r in view.team_model.rijen()}
    assert rijen["Anna Akkerman"].open_trajecten == 3 and rijen["Bram Bakker"].open_trajecten == 0
    assert rijen["Anna Akkerman"].urgente_signalen == 1
    # the average over the two begeleiders is 1,5: Anna carries 200% of it, the bar is full and says "hoog"
    assert "1,5 per begeleider" in view.samenvatting.text()
    assert "Intake-wachtrij: 1, waarvan 1 te laat" in view.samenvatting.text()
    anna = next(i for i in range(view.team_model.rowCount()) if view.team_model.rij(i).naam == "Anna Akkerman")
    index = view.team_model.index(anna, TeamModel.BELASTING_KOLOM)
    assert view.team_model.data(index) == "200% hoog"
    deel, _status = view.team_model.data(index, BALK_ROLE)
    assert deel == 1.0
    bram = next(i for i in range(view.team_model.rowCount()) if view.team_model.rij(i).naam == "Bram Bakker")
    assert view.team_model.data(view.team_model.index(bram, TeamModel.BELASTING_KOLOM)) == "0%"
    # sorting on a column with a typed key, and filtering as you type
    view.team_tabel.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert view.team_proxy.rij(0).naam == "Anna Akkerman"
    qtbot.keyClicks(view.team_filter, "bram")
    assert view.team_proxy.rowCount() == 1 and view.team_proxy.rij(0).naam == "Bram Bakker"
    view.team_filter.clear()
    # the trajecten of the chosen begeleider
    _kies_begeleider(qtbot, view, "Anna Akkerman")
    assert {r.traject_id for r in view.caseload_model.rijen()} >= {team.traject_jansen}
    assert "Anna Akkerman" in view.caseload_label.text()
    assert view.overdragen_knop.isEnabled()


def test_overdragen_van_a_naar_b_en_b_heeft_het_in_de_caseload(
    qtbot, team: Team, runner: TaskRunner, kleuren: Kleuren, bevestigd: list[str]
) -> None:
    """Done when: the supervisor hands a traject from A to B; logged in as B, it is in B's caseload."""
    assert team.traject_jansen in _traject_ids(team, team.anna)
    view = _view(qtbot, team, runner, kleuren)
    _kies_begeleider(qtbot, view, "Anna Akkerman")
    for i in range(view.caseload_proxy.rowCount()):
        if view.caseload_proxy.rij(i).traject_id == team.traject_jansen:
            view.caseload_tabel.setCurrentIndex(view.caseload_proxy.index(i, 0))
    view.caseload_tabel.setFocus()
    qtbot.keyClick(view.caseload_tabel, Qt.Key.Key_Return)  # Enter on the row opens the dialog
    dialoog = view.dialoog
    assert isinstance(dialoog, ToewijzenDialoog) and dialoog.isVisible() and dialoog.overdracht
    assert "Nu bij: Anna Akkerman" in dialoog.nu_label.text()
    # Anna herself cannot be chosen: the traject is already hers
    anna_item = dialoog.begeleider_keuze.model().item(dialoog.begeleider_keuze.findData(team.anna.id))
    assert not anna_item.isEnabled()
    dialoog.begeleider_keuze.setCurrentIndex(dialoog.begeleider_keuze.findData(team.bram.id))
    assert "van Anna Akkerman naar Bram Bakker" in dialoog.samenvatting.text()
    # no reason: a clear message at the field, nothing written, nothing asked
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    assert "verplicht" in dialoog.reden_melding.tekst and bevestigd == []
    qtbot.keyClicks(dialoog.reden_edit, "Anna is drie maanden met verlof")
    qtbot.keyClick(dialoog.reden_edit, Qt.Key.Key_Return)  # Enter in the reason carries it out (after the question)
    qtbot.waitUntil(lambda: "Bram Bakker" in view.melding.tekst, timeout=15_000)
    _rustig(qtbot, view)
    assert len(bevestigd) == 1 and "Anna is drie maanden met verlof" in bevestigd[0]
    assert "Els Jansen" in view.melding.tekst

    # logged in as Bram: the traject is in his caseload, no longer in Anna's, and he has a task with the reason
    assert team.traject_jansen in _traject_ids(team, team.bram)
    assert team.traject_jansen not in _traject_ids(team, team.anna)
    assert team.diensten.begeleiding is not None
    taken = team.diensten.begeleiding.taken.taken(team.bram, vandaag=VANDAAG)
    omschrijvingen = [t.omschrijving for t in taken.vandaag_te_doen]
    assert any("Anna is drie maanden met verlof" in o and "Sanne Supervisor" in o for o in omschrijvingen)
    # and the team table shows the new distribution
    rijen = {r.naam: r for r in view.team_model.rijen()}
    assert rijen["Bram Bakker"].open_trajecten == 1 and rijen["Anna Akkerman"].open_trajecten == 2


def test_toewijzen_uit_de_wachtrij(qtbot, team: Team, runner: TaskRunner, kleuren: Kleuren, bevestigd) -> None:
    view = _view(qtbot, team, runner, kleuren)
    view.tabs.setCurrentIndex(WACHTRIJ)
    assert "(1), 1 te laat" in view.tabs.tabText(WACHTRIJ)
    rij = view.wachtrij_tabel.huidige_rij()
    assert rij.traject_id == team.traject_wachter and rij.intake_te_laat
    assert "te laat" in view.wachtrij_model.data(view.wachtrij_model.index(0, 6))
    assert view.wachtrij_model.data(view.wachtrij_model.index(0, 2)) == "verwijzing balie/servicepunt"
    actie = view.wachtrij_model.data(view.wachtrij_model.index(0, 8))
    assert "te laat: Eerste contact" in actie  # the overdue intake in words, not only by its icon
    qtbot.mouseClick(view.toewijzen_knop, Qt.MouseButton.LeftButton)
    dialoog = view.dialoog
    assert isinstance(dialoog, ToewijzenDialoog) and not dialoog.overdracht
    dialoog.begeleider_keuze.setCurrentIndex(dialoog.begeleider_keuze.findData(team.bram.id))
    assert "intakegesprek" in dialoog.samenvatting.text()
    qtbot.keyClicks(dialoog.reden_edit, "Bram heeft ruimte")
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.wachtrij_leeg.isVisible, timeout=15_000)
    _rustig(qtbot, view)
    assert team.traject_wachter in _traject_ids(team, team.bram)
    assert "(0)" in view.tabs.tabText(WACHTRIJ)


def test_weigeren_bevestiging_schrijft_niets(qtbot, sqlite_opslag: Opslag, runner, kleuren, monkeypatch) -> None:
    team = _bouw(sqlite_opslag)
    monkeypatch.setattr(toewijzen_dialoog, "bevestig_toewijzing", lambda *_a: False)
    view = _view(qtbot, team, runner, kleuren)
    view.tabs.setCurrentIndex(WACHTRIJ)
    dialoog = view.open_toewijzen(view.wachtrij_tabel.huidige_rij())
    assert dialoog is not None
    dialoog.begeleider_keuze.setCurrentIndex(dialoog.begeleider_keuze.findData(team.bram.id))
    dialoog.reden_edit.setText("even proberen")
    dialoog.uitvoeren()
    assert dialoog.isVisible() and not runner.bezig
    assert team.traject_wachter not in _traject_ids(team, team.bram)


def test_conflict_collega_was_eerder(qtbot, sqlite_opslag: Opslag, runner, kleuren, bevestigd) -> None:
    """A colleague assigns the queued traject first: the dialog shows who has it now; the supervisor may still
    knowingly carry out their own choice on the new version."""
    team = _bouw(sqlite_opslag)
    collega = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR, naam="Carla Collega")
    view = _view(qtbot, team, runner, kleuren)
    view.tabs.setCurrentIndex(WACHTRIJ)
    dialoog = view.open_toewijzen(view.wachtrij_tabel.huidige_rij())
    assert dialoog is not None and team.diensten.begeleiding is not None
    team.diensten.begeleiding.trajecten.wijs_toe(collega, team.traject_wachter, 1, team.anna.id, vandaag=VANDAAG)
    dialoog.begeleider_keuze.setCurrentIndex(dialoog.begeleider_keuze.findData(team.bram.id))
    dialoog.reden_edit.setText("Bram heeft ruimte")
    dialoog.uitvoeren()
    qtbot.waitUntil(dialoog.conflict.isVisible, timeout=15_000)
    assert dialoog.conflict_begeleider.text() == "Anna Akkerman"
    assert "Carla Collega" in dialoog.conflict.wie.text()
    assert dialoog.reden_edit.text() == "Bram heeft ruimte"  # nothing typed is lost
    qtbot.mouseClick(dialoog.conflict.overschrijven_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bram Bakker" in view.melding.tekst, timeout=15_000)
    _rustig(qtbot, view)
    assert team.traject_wachter in _traject_ids(team, team.bram)


def test_team_alleen_voor_supervisor_in_de_rail(qtbot, sqlite_opslag: Opslag, maak_venster_opslag) -> None:
    team = _bouw(sqlite_opslag)
    sup = maak_venster_opslag(team.diensten, team.supervisor)
    assert "team" in sup.rail.sleutels and sup.team is not None
    qtbot.keyClick(sup, Qt.Key(Qt.Key.Key_1.value + sup.rail.sleutels.index("team")), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: sup.huidige_view == "team" and not sup.team.taken.bezig, timeout=15_000)
    assert sup.windowTitle().startswith("Team")
    assert {r.naam for r in sup.team.team_model.rijen()} >= {"Anna Akkerman", "Bram Bakker"}
    begeleider = maak_venster_opslag(team.diensten, team.anna)
    assert "team" not in begeleider.rail.sleutels and begeleider.team is None


@pytest.fixture
def maak_venster_opslag(qtbot, runner: TaskRunner, kleuren: Kleuren, ini_settings):
    from desktop.main_window import HoofdVenster

    def maak(diensten: Diensten, actor: MedewerkerRow) -> HoofdVenster:
        venster = HoofdVenster(diensten, actor, runner, kleuren, ini_settings, vandaag=lambda: VANDAAG)
        qtbot.addWidget(venster)
        venster.resize(1400, 900)
        toon_actief(qtbot, venster)
        qtbot.waitUntil(lambda: not venster.taken.bezig)
        return venster

    return maak


def test_traject_status_in_caseload(team: Team) -> None:
    """The fixture's traject is actief at Anna (guards the scenario above against a silent builder change)."""
    assert team.diensten.begeleiding is not None
    rij = team.diensten.begeleiding.caseloads.traject(team.supervisor, team.traject_jansen)
    assert rij.status == TrajectStatus.ACTIEF.value and rij.begeleider_id == team.anna.id


def _sneltoetsen(view: TeamView) -> list[str]:
    """The Alt+letter mnemonics of every visible label (with a buddy), button and tab of the view."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    teksten = [w.text() for w in view.findChildren(QAbstractButton) if w.isVisible()]
    teksten += [w.text() for w in view.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    teksten += [view.tabs.tabText(i) for i in range(view.tabs.count())]
    return [QKeySequence.mnemonic(t).toString() for t in teksten if "&" in t.replace("&&", "")]


def test_sneltoetsen_uniek_per_tabblad_en_modellen_kloppen(
    qtbot, qtmodeltester, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren
) -> None:
    team = _bouw(sqlite_opslag)
    view = _view(qtbot, team, runner, kleuren)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        _rustig(qtbot, view)
        toetsen = _sneltoetsen(view)
        assert len(toetsen) == len(set(toetsen)), sorted(toetsen)
    for model in (view.team_model, view.caseload_model, view.wachtrij_model, view.selectie.model):
        qtmodeltester.check(model)
    view.tabs.setCurrentIndex(0)
    beeld = view.team_tabel.grab().toImage()  # paints the load bars through the delegate
    assert not beeld.isNull() and beeld.width() > 0


def test_hele_caseload_in_een_keer_overdragen(qtbot, opslag: Opslag, runner: TaskRunner, kleuren, bevestigd) -> None:
    """A begeleider leaves: all her trajecten go to a colleague at once. One of them a colleague moved meanwhile;
    that one is named with the reason, the others go through (each its own transaction)."""
    team = _bouw(opslag)
    collega = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Carla Collega")
    view = _view(qtbot, team, runner, kleuren)
    _kies_begeleider(qtbot, view, "Anna Akkerman")
    view.caseload_tabel.setFocus()
    view.caseload_tabel.selectAll()
    assert len(view.gekozen(view.caseload_tabel)) == 3
    qtbot.mouseClick(view.overdragen_knop, Qt.MouseButton.LeftButton)
    dialoog = view.dialoog
    assert isinstance(dialoog, ToewijzenDialoog) and dialoog.meervoudig
    assert dialoog.traject_label.text().startswith("3 trajecten:")
    dialoog.begeleider_keuze.setCurrentIndex(dialoog.begeleider_keuze.findData(team.bram.id))
    assert "De 3 trajecten gaan van Anna Akkerman naar Bram Bakker" in dialoog.samenvatting.text()
    assert team.diensten.begeleiding is not None
    verplaatst = next(r for r in view.caseload_model.rijen() if r.traject_id != team.traject_jansen)
    team.diensten.begeleiding.trajecten.wijs_toe(
        collega, verplaatst.traject_id, verplaatst.version, team.bram.id, vandaag=VANDAAG
    )
    dialoog.reden_edit.setText("Anna stopt bij het team")
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 trajecten staan nu in de caseload van Bram Bakker" in view.melding.tekst, timeout=15_000)
    _rustig(qtbot, view)
    assert f"Niet gelukt: {verplaatst.naam}" in view.melding.tekst and "Carla Collega" in view.melding.tekst
    assert _traject_ids(team, team.anna) == set()
    assert len(_traject_ids(team, team.bram)) == 3
    taken = team.diensten.begeleiding.taken.taken(team.bram, vandaag=VANDAAG).vandaag_te_doen
    assert sum("Anna stopt bij het team" in t.omschrijving for t in taken) == 2


def test_esc_met_ingevulde_reden_vraagt_eerst(
    qtbot, sqlite_opslag: Opslag, runner, kleuren, weggooien_gevraagd
) -> None:
    team = _bouw(sqlite_opslag)
    view = _view(qtbot, team, runner, kleuren)
    view.tabs.setCurrentIndex(WACHTRIJ)
    dialoog = view.open_toewijzen(view.wachtrij_tabel.huidige_rij())
    assert dialoog is not None
    qtbot.keyClicks(dialoog.reden_edit, "half getypt")
    qtbot.keyClick(dialoog.reden_edit, Qt.Key.Key_Escape)
    assert weggooien_gevraagd == [True]  # asked before the typed reason is thrown away
    assert team.traject_wachter not in _traject_ids(team, team.bram)


@pytest.fixture
def proxy():
    from tests.hulpmiddelen.proxy import TcpProxy

    with TcpProxy() as p:
        yield p


def test_teamserver_weg_tijdens_overdragen(
    qtbot, pg_url: str, pg_opslag: Opslag, proxy, runner: TaskRunner, kleuren: Kleuren, bevestigd
) -> None:
    """The team server goes away (for real, through a TCP proxy): the dialog stays open with the choice and the
    reason, says so in Dutch and offers to try again; after the server is back the hand-over is done once."""
    from sqlalchemy.engine import make_url

    from models.store.engine import maak_engine

    team = _bouw(pg_opslag)
    engine = maak_engine(make_url(pg_url).set(host="127.0.0.1", port=proxy.poort))
    diensten = maak_diensten(Opslag(engine, "Teamserver (test)"), "Teamserver (test)")
    assert diensten.begeleiding is not None
    view = TeamView(diensten.begeleiding, team.supervisor, runner, kleuren, vandaag=lambda: VANDAAG)
    qtbot.addWidget(view)
    toon_actief(qtbot, view)
    view.vernieuw()
    _rustig(qtbot, view)
    _kies_begeleider(qtbot, view, "Anna Akkerman")
    rij = next(r for r in view.caseload_model.rijen() if r.traject_id == team.traject_jansen)
    dialoog = view.open_toewijzen(rij)
    assert dialoog is not None
    dialoog.begeleider_keuze.setCurrentIndex(dialoog.begeleider_keuze.findData(team.bram.id))
    dialoog.reden_edit.setText("Anna is met verlof")
    proxy.knip()
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialoog.melding.isVisible, timeout=30_000)
    assert dialoog.isVisible() and dialoog.melding.actie_knop.isVisible()  # "Opnieuw proberen"
    assert dialoog.reden_edit.text() == "Anna is met verlof" and dialoog.gekozen_id == team.bram.id
    assert "verbinding" in dialoog.melding.tekst.lower()
    assert team.traject_jansen in _traject_ids(team, team.anna)  # nothing was written
    proxy.herstel()
    gevraagd = len(bevestigd)
    qtbot.mouseClick(dialoog.melding.actie_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bram Bakker" in view.melding.tekst, timeout=30_000)
    _rustig(qtbot, view)
    assert len(bevestigd) == gevraagd  # confirmed once; trying again does not ask again
    assert team.traject_jansen in _traject_ids(team, team.bram)
    taken = team.diensten.begeleiding.taken.taken(team.bram, vandaag=VANDAAG)
    assert sum("Anna is met verlof" in t.omschrijving for t in taken.vandaag_te_doen) == 1
    runner.shutdown(30_000)
    engine.dispose()


def test_goedgekeurd_voorstel_komt_in_de_wachtrij_van_het_teamscherm(
    qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from models.calc.invoer import Regeling
    from tests.begeleiding import bouw
    from tests.begeleiding.bouw import grondslagen
    from ui.views import selectie_view
    from ui.views.team_view import SELECTIE

    team = _bouw(sqlite_opslag)
    b = fabriek.burger(sqlite_opslag, achternaam="Kandidaat")
    bouw.toeslag(sqlite_opslag, b, Regeling.ZORGTOESLAG, VANDAAG.year, grondslagen(20000))
    bouw.toeslag(sqlite_opslag, b, Regeling.HUURTOESLAG, VANDAAG.year, grondslagen(20000, huur=700))
    oud = VANDAAG - dt.timedelta(days=540)
    bouw.vordering(sqlite_opslag, b, "huurtoeslag", VANDAAG.year - 2, Decimal(6000), ontstaan_op=oud)
    collega = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR, naam="Carla Collega")
    assert team.diensten.begeleiding is not None
    assert len(team.diensten.begeleiding.selectie.draai(collega, peildatum=VANDAAG).voorstellen) == 1
    monkeypatch.setattr(selectie_view, "bevestig_besluit", lambda *_a: True)
    view = _view(qtbot, team, runner, kleuren)
    assert "(1)" in view.tabs.tabText(WACHTRIJ)
    view.tabs.setCurrentIndex(SELECTIE)
    qtbot.waitUntil(lambda: view.selectie.model.rowCount() == 1, timeout=15_000)
    assert view.selectie.naar_keuze.count() == 1 + len(view.team_model.rijen())  # the queue, then each begeleider
    qtbot.mouseClick(view.selectie.goedkeuren_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(2)" in view.tabs.tabText(WACHTRIJ), timeout=15_000)
    assert b in {r.burger_id for r in view.wachtrij_model.rijen()}
