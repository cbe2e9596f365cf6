"""Logging in on a team server: the Verbinding dialog, the password vault, and the login end to end.

The team server is a database made with `werkplek-admin init` and `maak_account` (one login role per staff
member). The PostgreSQL of this machine trusts every local connection, so a TCP proxy in front of it asks for
the password exactly as a real server does (`tests.hulpmiddelen.proxy`): a wrong password fails with
"password authentication failed", a missing one with "no password supplied". The vault is the in-memory
`GeheugenKeyring` of the test suite, or keyring's `fail.Keyring` for a computer without one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt

from desktop.app import Opstart
from desktop.settings import AppSettings, Teamserverinstellingen
from models.store.verbinding import KEYRING_DIENST
from tests.conftest import GeheugenKeyring
from tests.hulpmiddelen.proxy import TcpProxy
from tests.hulpmiddelen.teamserver import WACHTWOORD, Teamserver, maak_teamserver
from tests.ui.hulp import toon_actief
from ui.dialogs.verbinding_dialoog import VerbindingDialoog
from ui.palet import Kleuren

pytestmark = pytest.mark.gui


# --- the dialog on its own ---------------------------------------------------------------------------------


@pytest.fixture
def dialoog(qtbot, kleuren: Kleuren) -> VerbindingDialoog:
    d = VerbindingDialoog(kleuren)
    qtbot.addWidget(d)
    d.zet_tls_modi({"verify-full": "Versleuteld, gecontroleerd (aanbevolen)", "disable": "Niet versleuteld"})
    toon_actief(qtbot, d)
    return d


def test_dialoog_vraagt_de_verplichte_velden(qtbot, dialoog: VerbindingDialoog) -> None:
    dialoog.host_edit.clear()
    dialoog.gebruiker_edit.clear()
    with qtbot.assertNotEmitted(dialoog.verbinden_gevraagd):
        qtbot.keyClick(dialoog.wachtwoord_edit, Qt.Key.Key_Return)
    assert dialoog.veld_meldingen["server"].tekst == "Vul dit veld in; het is verplicht."
    assert dialoog.veld_meldingen["gebruikersnaam"].tekst == "Vul dit veld in; het is verplicht."
    assert dialoog.host_edit.hasFocus()
    qtbot.keyClicks(dialoog.host_edit, "db01.toeslagen.local")
    dialoog.gebruiker_edit.setText("jdevries")
    qtbot.keyClicks(dialoog.wachtwoord_edit, "geheim")
    with qtbot.waitSignal(dialoog.verbinden_gevraagd) as signaal:
        qtbot.keyClick(dialoog.wachtwoord_edit, Qt.Key.Key_Return)
    invoer = signaal.args[0]
    assert (invoer.host, invoer.poort, invoer.database, invoer.gebruiker, invoer.tls) == (
        "db01.toeslagen.local",
        5432,
        "werkplek",
        "jdevries",
        "verify-full",
    )
    assert invoer.wachtwoord == "geheim" and invoer.onthouden
    assert dialoog.onthouden_check.text() == "Wachtwoord &onthouden in de wachtwoordkluis van het systeem"


def test_zonder_kluis_zegt_de_dialoog_dat_het_wachtwoord_elke_keer_wordt_gevraagd(dialoog: VerbindingDialoog) -> None:
    dialoog.zet_kluis(False)
    assert not dialoog.onthouden_check.isEnabled() and not dialoog.onthouden_check.isChecked()
    assert "geen wachtwoordkluis beschikbaar" in dialoog.kluis_label.text()
    assert "u typt het bij elke start opnieuw" in dialoog.kluis_label.text()
    assert not dialoog.invoer().onthouden


# --- against a team server ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def teamserver(pg_beheer: str) -> Iterator[Teamserver]:
    with maak_teamserver(pg_beheer) as server:
        yield server


@pytest.fixture
def proxy(teamserver: Teamserver) -> Iterator[TcpProxy]:
    """A server that asks for the password (in front of the trusting test server)."""
    wachtwoorden = {m.gebruikersnaam: WACHTWOORD for m in teamserver.accounts.values()}
    with TcpProxy(wachtwoorden=wachtwoorden) as p:
        yield p


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "werkplek.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def opstart_maker(qapp, kleuren: Kleuren, settings: AppSettings) -> Iterator:
    gemaakt: list[Opstart] = []
    einde: list[int] = []

    def maak(**kwargs) -> Opstart:
        opstart = Opstart(qapp, settings, kleuren, afsluiten=einde.append, **kwargs)
        opstart.einde = einde  # type: ignore[attr-defined]
        gemaakt.append(opstart)
        return opstart

    yield maak
    for opstart in gemaakt:
        for venster in (opstart.venster, opstart.login):
            if venster is not None:
                venster.hide()
                venster.deleteLater()
        opstart.afsluiten()
        opstart.deleteLater()


def _url(teamserver: Teamserver, proxy: TcpProxy, wie: str) -> str:
    return (
        teamserver.url_voor(wie, host="127.0.0.1", poort=proxy.poort)
        .set(drivername="postgresql", query={"sslmode": "prefer"})
        .render_as_string(hide_password=False)
    )


def _sleutel(teamserver: Teamserver, proxy: TcpProxy, wie: str) -> str:
    db = teamserver.url.database
    return f"{teamserver.accounts[wie].gebruikersnaam}@127.0.0.1:{proxy.poort}/{db}"


def _wacht_op_dialoog(qtbot, opstart: Opstart) -> VerbindingDialoog:
    qtbot.waitUntil(lambda: isinstance(opstart.login, VerbindingDialoog))
    dialoog = opstart.login
    qtbot.waitUntil(lambda: not dialoog.verbindt, timeout=20_000)  # the flow's answer arrived
    return dialoog


def test_aanmelden_met_database_url_wachtwoord_in_de_kluis_en_de_statusbalk(
    qtbot,
    opstart_maker,
    teamserver: Teamserver,
    proxy: TcpProxy,
    settings: AppSettings,
    geheugen_keyring: GeheugenKeyring,
    tmp_path: Path,
) -> None:
    opstart = opstart_maker(url=_url(teamserver, proxy, "begeleider"))
    opstart.begin()
    dialoog = _wacht_op_dialoog(qtbot, opstart)
    # nothing in the vault: the server asks for the password, the dialog asks the user
    assert "De teamserver vraagt om uw wachtwoord" in dialoog.melding.tekst
    assert dialoog.wachtwoord_edit.hasFocus()
    assert dialoog.gebruiker_edit.text() == teamserver.accounts["begeleider"].gebruikersnaam
    assert dialoog.onthouden_check.isEnabled() and dialoog.onthouden_check.isChecked()
    assert dialoog.findChildren(type(dialoog.host_edit))  # a form, not an account list
    qtbot.keyClicks(dialoog.wachtwoord_edit, WACHTWOORD)
    with qtbot.waitSignal(opstart.venster_getoond, timeout=30_000) as blokker:
        qtbot.keyClick(dialoog.wachtwoord_edit, Qt.Key.Key_Return)
    venster = blokker.args[0]
    qtbot.waitUntil(lambda: not venster.taken.bezig)
    # the database role IS the staff member; the status bar says which store and which account
    assert venster.status_tekst(venster.gebruiker_label) == "Test Begeleider"
    assert venster.status_tekst(venster.rol_label) == "Rol: persoonlijk begeleider"
    assert venster.status_tekst(venster.opslag_label) == (
        f"Teamserver 127.0.0.1/{teamserver.url.database} (account {teamserver.accounts['begeleider'].gebruikersnaam})"
    )
    # the password went to the vault, the rest to the settings — and the password nowhere else
    assert geheugen_keyring.opgeslagen == {(KEYRING_DIENST, _sleutel(teamserver, proxy, "begeleider")): WACHTWOORD}
    settings.sync()
    assert settings.teamserver == Teamserverinstellingen(
        "127.0.0.1", proxy.poort, teamserver.url.database, teamserver.accounts["begeleider"].gebruikersnaam, "prefer"
    )
    assert settings.teamserver_actief
    assert WACHTWOORD not in (tmp_path / "werkplek.ini").read_text(encoding="utf-8")


def test_volgende_start_meldt_aan_met_het_wachtwoord_uit_de_kluis(
    qtbot,
    opstart_maker,
    teamserver: Teamserver,
    proxy: TcpProxy,
    settings: AppSettings,
    geheugen_keyring: GeheugenKeyring,
) -> None:
    account = teamserver.accounts["supervisor"]
    settings.teamserver = Teamserverinstellingen(
        "127.0.0.1", proxy.poort, teamserver.url.database, account.gebruikersnaam, "prefer"
    )
    settings.teamserver_actief = True
    geheugen_keyring.opgeslagen[(KEYRING_DIENST, _sleutel(teamserver, proxy, "supervisor"))] = WACHTWOORD
    opstart = opstart_maker(url=None)  # plain `werkplek`: the team server chosen before
    with qtbot.waitSignal(opstart.venster_getoond, timeout=30_000) as blokker:
        opstart.begin()
    venster = blokker.args[0]
    qtbot.waitUntil(lambda: not venster.taken.bezig)
    assert venster.status_tekst(venster.rol_label) == "Rol: supervisor"
    assert "inzagelog" in venster.rail.sleutels  # the role the database gave decides the rail
    assert proxy.verbindingen >= 1
    # "Andere medewerker kiezen…" on a team server asks for another database account, not a list
    venster.afmelden()
    dialoog = _wacht_op_dialoog(qtbot, opstart)
    assert dialoog.isVisible()
    assert opstart.geopend is None  # the previous account's connections are closed
    assert dialoog.gebruiker_edit.text() == account.gebruikersnaam
    assert dialoog.wachtwoord_edit.text() == "" and dialoog.host_edit.isEnabled()  # waits for the user
    assert opstart.einde == []


def test_fout_wachtwoord_wordt_vergeten_en_opnieuw_gevraagd_zonder_herhaalpogingen(
    qtbot, opstart_maker, teamserver: Teamserver, proxy: TcpProxy, geheugen_keyring: GeheugenKeyring
) -> None:
    sleutel = (KEYRING_DIENST, _sleutel(teamserver, proxy, "balie"))
    geheugen_keyring.opgeslagen[sleutel] = "een-oud-wachtwoord"
    opstart = opstart_maker(url=_url(teamserver, proxy, "balie"))
    opstart.begin()
    dialoog = _wacht_op_dialoog(qtbot, opstart)
    qtbot.waitUntil(lambda: sleutel not in geheugen_keyring.opgeslagen)  # forgotten in the vault
    assert dialoog.veld_meldingen["wachtwoord"].tekst == (
        "De gebruikersnaam of het wachtwoord klopt niet. Typ uw wachtwoord opnieuw."
    )
    assert dialoog.wachtwoord_edit.hasFocus() and dialoog.wachtwoord_edit.text() == ""
    pogingen = proxy.verbindingen
    qtbot.wait(1500)
    assert proxy.verbindingen == pogingen  # no retry loop against the server
    qtbot.keyClicks(dialoog.wachtwoord_edit, "nog-steeds-fout")
    qtbot.keyClick(dialoog.wachtwoord_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialoog.verbindt and dialoog.veld_meldingen["wachtwoord"].tekst != "")
    assert sleutel not in geheugen_keyring.opgeslagen  # a wrong password is never stored
    qtbot.keyClicks(dialoog.wachtwoord_edit, WACHTWOORD)
    with qtbot.waitSignal(opstart.venster_getoond, timeout=30_000) as blokker:
        qtbot.keyClick(dialoog.wachtwoord_edit, Qt.Key.Key_Return)
    assert blokker.args[0].status_tekst(blokker.args[0].rol_label) == "Rol: baliemedewerker servicepunt"
    assert geheugen_keyring.opgeslagen[sleutel] == WACHTWOORD
    qtbot.waitUntil(lambda: not blokker.args[0].taken.bezig)


def test_zonder_kluis_elke_start_vragen_en_niets_bewaren(
    qtbot, opstart_maker, teamserver: Teamserver, proxy: TcpProxy, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())  # a computer without a password vault
    opstart = opstart_maker(url=_url(teamserver, proxy, "kwaliteit"))
    opstart.begin()
    dialoog = _wacht_op_dialoog(qtbot, opstart)
    assert "Er is geen wachtwoordkluis op deze computer" in dialoog.melding.tekst
    assert not dialoog.onthouden_check.isEnabled()
    assert "u typt het bij elke start opnieuw" in dialoog.kluis_label.text()
    qtbot.keyClicks(dialoog.wachtwoord_edit, WACHTWOORD)
    with qtbot.waitSignal(opstart.venster_getoond, timeout=30_000) as blokker:
        dialoog.verbind_knop.click()
    qtbot.waitUntil(lambda: not blokker.args[0].taken.bezig)
    assert WACHTWOORD not in (tmp_path / "werkplek.ini").read_text(encoding="utf-8")


def test_een_databaseaccount_dat_geen_medewerker_is_komt_er_niet_in(
    qtbot, opstart_maker, teamserver: Teamserver
) -> None:
    beheerder = teamserver.url.set(drivername="postgresql", host="127.0.0.1").render_as_string(hide_password=False)
    opstart = opstart_maker(url=beheerder)
    opstart.begin()
    dialoog = _wacht_op_dialoog(qtbot, opstart)
    qtbot.waitUntil(dialoog.melding.isVisible)
    assert "is geen actieve medewerker in deze opslag" in dialoog.melding.tekst
    assert not dialoog.melding.actie_knop.isVisible()
    assert opstart.venster is None


def test_server_onbereikbaar_opnieuw_proberen_na_herstel(
    qtbot, opstart_maker, teamserver: Teamserver, proxy: TcpProxy, geheugen_keyring: GeheugenKeyring
) -> None:
    geheugen_keyring.opgeslagen[(KEYRING_DIENST, _sleutel(teamserver, proxy, "begeleider"))] = WACHTWOORD
    proxy.knip()
    opstart = opstart_maker(url=_url(teamserver, proxy, "begeleider"))
    opstart.begin()
    dialoog = _wacht_op_dialoog(qtbot, opstart)
    qtbot.waitUntil(dialoog.melding.isVisible)
    assert dialoog.melding.tekst.startswith("De teamserver is niet bereikbaar.")
    assert dialoog.melding.actie_knop.isVisible()
    proxy.herstel()
    with qtbot.waitSignal(opstart.venster_getoond, timeout=30_000) as blokker:
        dialoog.melding.actie_knop.click()  # "Opnieuw proberen": the vault's password is used again
    qtbot.waitUntil(lambda: not blokker.args[0].taken.bezig)


def test_verbinding_kiezen_vanuit_de_lokale_opslag(
    qtbot, opstart_maker, teamserver: Teamserver, proxy: TcpProxy, tmp_path: Path, geheugen_keyring: GeheugenKeyring
) -> None:
    """From the local demo store to the team server with "Verbinding met de teamserver…" in the user menu."""
    from desktop import paths
    from models.domain import Rol
    from models.store.engine import maak_engine, migreer, sqlite_url
    from models.store.opslag import Opslag
    from tests import fabriek

    engine = maak_engine(sqlite_url(paths.database_pad()))
    migreer(engine)
    fabriek.medewerker(Opslag(engine), Rol.BEGELEIDER, "J. de Vries")
    engine.dispose()
    opstart = opstart_maker(url=None)
    with qtbot.waitSignal(opstart.login_klaar, timeout=20_000):
        opstart.begin()
    with qtbot.waitSignal(opstart.venster_getoond) as blokker:
        opstart.login.accept()
    lokaal = blokker.args[0]
    qtbot.waitUntil(lambda: not lokaal.taken.bezig)
    assert lokaal.verbinding_actie in lokaal.gebruiker_menu.actions()
    lokaal.verbinding_actie.trigger()
    qtbot.waitUntil(lambda: opstart.aanmelding is not None and not opstart.aanmelding.dialoog.verbindt)
    dialoog = opstart.aanmelding.dialoog
    assert dialoog.isVisible() and dialoog.lokaal_knop is None and dialoog.sluit_knop.text() == "Annuleren"
    dialoog.host_edit.setText("127.0.0.1")
    dialoog.poort_spin.setValue(proxy.poort)
    dialoog.database_edit.setText(teamserver.url.database)
    dialoog.gebruiker_edit.setText(teamserver.accounts["kwaliteit"].gebruikersnaam)
    dialoog.tls_combo.setCurrentIndex(dialoog.tls_combo.findData("disable"))
    dialoog.wachtwoord_edit.setText(WACHTWOORD)
    with qtbot.waitSignal(opstart.venster_getoond, timeout=30_000) as blokker:
        dialoog.verbind_knop.click()
    team = blokker.args[0]
    assert team is not lokaal
    assert team.status_tekst(team.opslag_label).startswith("Teamserver 127.0.0.1/")
    assert team.status_tekst(team.rol_label) == "Rol: kwaliteitsmedewerker"
    assert opstart.einde == []
    qtbot.waitUntil(lambda: not team.taken.bezig)
