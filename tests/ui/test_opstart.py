"""Start-up: the login window, opening a store, filling the local store on first start, the start-up flag."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from desktop import paths
from desktop.app import Opstart, parse_args
from desktop.settings import AppSettings
from models.domain import Rol
from models.store.engine import maak_engine, migreer, sqlite_url
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.tables import Burger
from tests import fabriek
from ui.dialogs.login_dialoog import MEDEWERKER_ROLE, LoginDialoog
from ui.palet import Kleuren

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _staf() -> list[MedewerkerRow]:
    return [
        MedewerkerRow(1, "jdevries", "J. de Vries", Rol.BEGELEIDER, team="Team Noord"),
        MedewerkerRow(2, "ayilmaz", "A. Yilmaz", Rol.BEGELEIDER, team="Team Zuid"),
        MedewerkerRow(3, "sbakker", "S. Bakker", Rol.BALIE, organisatie="Servicepunt Bibliotheek Zwolle"),
        MedewerkerRow(4, "mjansen", "M. Jansen", Rol.SUPERVISOR, team="Team Noord"),
        MedewerkerRow(5, "rvisser", "R. Visser", Rol.KWALITEIT),
    ]


def test_login_groepeert_per_rol_met_team_of_organisatie(qtbot, kleuren: Kleuren, qtmodeltester) -> None:
    dialoog = LoginDialoog(kleuren, "Lokale opslag (demo)", demo=True)
    qtbot.addWidget(dialoog)
    assert dialoog.bezig.actief and not dialoog.aanmeld_knop.isEnabled()  # the store is still opening
    dialoog.zet_voorkeur("sbakker")
    dialoog.zet_medewerkers(_staf())
    qtmodeltester.check(dialoog.model)
    groepen = [dialoog.model.item(r).text() for r in range(dialoog.model.rowCount())]
    assert groepen == [
        "Persoonlijk begeleider (2)",
        "Baliemedewerker servicepunt (1)",
        "Supervisor (1)",
        "Kwaliteitsmedewerker (1)",
    ]
    assert dialoog.model.item(1).child(0).text() == "S. Bakker — Servicepunt Bibliotheek Zwolle"
    assert dialoog.gekozen().gebruikersnaam == "sbakker"  # last used account preselected
    assert dialoog.aanmeld_knop.isEnabled()
    qtbot.keyClicks(dialoog.filter_edit, "zuid")
    assert dialoog.gekozen().gebruikersnaam == "ayilmaz"
    with qtbot.waitSignal(dialoog.aangemeld) as blokker:
        dialoog.lijst.activated.emit(dialoog.lijst.currentIndex())
    assert blokker.args[0].naam == "A. Yilmaz"
    assert dialoog.lijst.currentIndex().data(MEDEWERKER_ROLE).rol == Rol.BEGELEIDER


@pytest.fixture
def opstart_maker(qapp, kleuren: Kleuren, ini_settings: AppSettings) -> Iterator:
    gemaakt: list[Opstart] = []
    einde: list[int] = []

    def maak(**kwargs) -> Opstart:
        opstart = Opstart(qapp, ini_settings, kleuren, afsluiten=einde.append, **kwargs)
        opstart.einde = einde  # type: ignore[attr-defined]
        gemaakt.append(opstart)
        return opstart

    yield maak
    for opstart in gemaakt:
        for venster in (opstart.venster, opstart.login, opstart.voortgang):
            if venster is not None:
                venster.hide()
                venster.deleteLater()
        opstart.afsluiten()
        opstart.deleteLater()


def _lokale_opslag_met_staf() -> list[MedewerkerRow]:
    engine = maak_engine(sqlite_url(paths.database_pad()))
    migreer(engine)
    opslag = Opslag(engine)
    staf = [fabriek.medewerker(opslag, Rol.BEGELEIDER, "J. de Vries"), fabriek.medewerker(opslag, Rol.BALIE)]
    engine.dispose()
    return staf


def test_bestaande_lokale_opslag_aanmelden_en_andere_medewerker_kiezen(qtbot, opstart_maker) -> None:
    staf = _lokale_opslag_met_staf()
    opstart = opstart_maker(url=None)
    with qtbot.waitSignal(opstart.login_klaar, timeout=20_000):
        opstart.begin()
    assert opstart.login.isVisible()
    assert opstart.voortgang is None  # the store had accounts: nothing to fill
    assert opstart.login.kies(staf[1].gebruikersnaam)
    with qtbot.waitSignal(opstart.venster_getoond) as blokker:
        opstart.login.accept()
    venster = blokker.args[0]
    assert venster.status_tekst(venster.opslag_label) == "Lokale opslag (demo)"
    assert venster.status_tekst(venster.rol_label) == "Rol: baliemedewerker servicepunt"
    qtbot.waitUntil(lambda: not venster.taken.bezig)
    venster.afmelden()  # "Andere medewerker kiezen…"
    qtbot.waitUntil(lambda: opstart.login is not None and opstart.login.isVisible())
    assert opstart.einde == []  # still running
    assert opstart.login.gekozen().gebruikersnaam == staf[1].gebruikersnaam  # remembered
    opstart.login.reject()  # "Afsluiten"
    assert opstart.einde == [0]


def test_eerste_start_vult_de_lokale_opslag_met_voortgang(qtbot, opstart_maker) -> None:
    assert not paths.database_pad().exists()
    opstart = opstart_maker(url=None, huishoudens=20)
    meldingen: list[tuple[int, int]] = []
    opstart.begin()
    qtbot.waitUntil(lambda: opstart.voortgang is not None, timeout=20_000)
    dialoog = opstart.voortgang
    assert dialoog.isVisible() and dialoog.windowTitle() == "Eerste start: lokale opslag vullen"
    dialoog.setValue = lambda waarde: meldingen.append((waarde, dialoog.maximum()))  # type: ignore[method-assign]
    with qtbot.waitSignal(opstart.login_klaar, timeout=60_000):
        pass
    assert opstart.voortgang is None
    assert meldingen and meldingen[-1] == (20, 20)
    assert opstart.login.model.rowCount() >= 3  # a demo account per role, grouped
    engine = maak_engine(sqlite_url(paths.database_pad()))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Burger.__table__)).scalar() >= 20  # type: ignore[attr-defined]
    engine.dispose()


def test_half_gevulde_opslag_na_een_crash_wordt_opnieuw_gevuld(qtbot, opstart_maker) -> None:
    _lokale_opslag_met_staf()  # accounts, but the fill was killed half-way: the marker is still there
    paths.database_pad().with_name("werkplek.sqlite.vullen").touch()
    opstart = opstart_maker(url=None, huishoudens=5)
    opstart.begin()
    qtbot.waitUntil(lambda: opstart.voortgang is not None, timeout=20_000)
    with qtbot.waitSignal(opstart.login_klaar, timeout=60_000):
        pass
    assert not opstart.vul_markering.exists()


def test_vullen_afbreken_laat_niets_half_achter(qtbot, opstart_maker) -> None:
    opstart = opstart_maker(url=None, huishoudens=1000)
    opstart.begin()
    qtbot.waitUntil(lambda: opstart.voortgang is not None, timeout=20_000)
    knop = opstart.voortgang.findChild(QPushButton)
    assert knop.text() == "&Afbreken"
    knop.click()
    qtbot.waitUntil(opstart.login.melding.isVisible, timeout=60_000)
    assert "afgebroken; er is niets bewaard" in opstart.login.melding.tekst
    assert not paths.database_pad().exists()
    assert opstart.geopend is None


def test_opslag_die_niet_open_kan_geeft_een_melding_met_opnieuw_proberen(qtbot, opstart_maker) -> None:
    opstart = opstart_maker(url="postgresql://niemand@127.0.0.1:1/nergens")
    opstart.begin()
    qtbot.waitUntil(opstart.login.melding.isVisible, timeout=20_000)
    assert opstart.login.melding.actie_knop.isVisible()
    assert "Traceback" not in opstart.login.melding.tekst


def test_andere_opslag_met_database_url(qtbot, opstart_maker, tmp_path: Path) -> None:
    pad = tmp_path / "team.sqlite"
    engine = maak_engine(sqlite_url(pad))
    migreer(engine)
    fabriek.medewerker(Opslag(engine), Rol.SUPERVISOR, "M. Jansen")
    engine.dispose()
    opstart = opstart_maker(url=sqlite_url(pad))
    with qtbot.waitSignal(opstart.login_klaar, timeout=20_000):
        opstart.begin()
    assert opstart.voortgang is None and not paths.database_pad().exists()  # never fills another store
    assert opstart.login.gekozen().naam == "M. Jansen"
    with qtbot.waitSignal(opstart.venster_getoond) as blokker:
        opstart.login.accept()
    assert blokker.args[0].status_tekst(blokker.args[0].opslag_label) == "SQLite team.sqlite"
    qtbot.waitUntil(lambda: not blokker.args[0].taken.bezig)


def test_argumenten() -> None:
    args = parse_args(["--database", "sqlite:///x.sqlite", "--huishoudens", "50"])
    assert (args.database, args.huishoudens) == ("sqlite:///x.sqlite", 50)
    assert parse_args([]).database is None


def test_startvlag_stopt_zodra_het_inlogvenster_klaar_is(tmp_path: Path) -> None:
    _lokale_opslag_met_staf()
    omgeving = dict(os.environ, WERKPLEK_STOP_NA_LOGIN="1", QT_QPA_PLATFORM="offscreen")
    uit = subprocess.run(
        [sys.executable, "-m", "desktop"],
        cwd=ROOT,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert uit.returncode == 0, uit.stderr
    regel = next(r for r in uit.stdout.splitlines() if r.startswith("WERKPLEK-START"))
    tijden = dict(deel.split("=") for deel in regel.split()[1:])
    assert float(tijden["start"]) <= float(tijden["zichtbaar"]) <= float(tijden["klaar"])
    assert (paths.log_pad()).exists()
