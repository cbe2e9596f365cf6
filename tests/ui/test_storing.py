"""The team server goes away mid-session — for real, through a TCP proxy in front of the shared PostgreSQL server
(which is never stopped): the banner with its back-off, a contact form that keeps every character, the resume
when the server is back, and a write in flight that is saved exactly once or not at all — and the user is told
which."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.store.engine import maak_engine
from models.store.opslag import Opslag
from models.store.tables import AuditEvent, Contactmoment, Taak
from tests.hulpmiddelen.proxy import Knipregel, TcpProxy
from tests.ui.huishoudens import Huishouden, bouw_huishouden
from tests.ui.hulp import toon_actief
from ui.dialogs.contact_dialoog import ContactDialoog
from ui.widgets.verbindingsbanner import Herverbinder, VerbindingsBanner, wachttijd

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
ONDERWERP = "Bereikbaarheid tijdens verblijf in Marokko"
SAMENVATTING = "Burger is tot 1 december in het buitenland.\nPost gaat naar haar zus; bellen mag op het mobiele nummer."


# --- the back-off on its own -------------------------------------------------------------------------------


def test_wachttijden_verdubbelen_tot_dertig_seconden_met_spreiding() -> None:
    rng = random.Random(7)
    for poging, kaal in enumerate([1, 2, 4, 8, 16, 30, 30, 30]):
        tijden = [wachttijd(poging, rng=rng) for _ in range(200)]
        assert min(tijden) >= kaal * 0.8 - 1e-9 and max(tijden) <= min(30, kaal * 1.2) + 1e-9
        assert max(tijden) - min(tijden) > 0.1 * kaal  # jitter: not all at the same moment
    assert wachttijd(100, rng=rng) <= 30


def test_banner_teksten(qtbot, kleuren) -> None:
    banner = VerbindingsBanner(kleuren, teamserver=True)
    qtbot.addWidget(banner)
    banner.toon_weg(8)
    assert banner.tekst.startswith(
        "De verbinding met de teamserver is weg. We proberen het opnieuw… (volgende poging over 8 s)"
    )
    assert banner.actie_knop.text() == "&Nu opnieuw proberen" and banner.actie_knop.isVisibleTo(banner)
    assert not banner.sluit_knop.isVisibleTo(banner)  # it stays until the connection is back
    banner.toon_weg(7)  # the countdown only changes the text
    assert "(volgende poging over 7 s)" in banner.tekst
    banner.toon_bezig()
    assert banner.tekst.endswith("We proberen het nu opnieuw…") and not banner.actie_knop.isVisibleTo(banner)
    banner.toon_terug()
    assert banner.tekst == "De verbinding is terug. De schermen zijn bijgewerkt."
    lokaal = VerbindingsBanner(kleuren, teamserver=False)
    qtbot.addWidget(lokaal)
    lokaal.toon_weg(None)
    assert lokaal.tekst.startswith("De verbinding met de opslag is weg. We proberen het opnieuw…")


# --- through the proxy ------------------------------------------------------------------------------------------


@pytest.fixture
def proxy() -> Iterator[TcpProxy]:
    with TcpProxy() as p:
        yield p


@pytest.fixture
def huishouden_pg(pg_opslag: Opslag) -> Huishouden:
    return bouw_huishouden(pg_opslag)


@pytest.fixture
def venster(qtbot, pg_url: str, proxy: TcpProxy, huishouden_pg: Huishouden, runner, kleuren, tmp_path):
    """A begeleider's main window on the team server, whose every connection goes through the proxy."""
    engine = maak_engine(make_url(pg_url).set(host="127.0.0.1", port=proxy.poort))
    omschrijving = f"Teamserver 127.0.0.1/{make_url(pg_url).database} (account postgres)"
    diensten = maak_diensten(Opslag(engine, omschrijving), omschrijving)
    settings = AppSettings(QSettings(str(tmp_path / "storing.ini"), QSettings.Format.IniFormat))
    venster = HoofdVenster(diensten, huishouden_pg.begeleider, runner, kleuren, settings)
    qtbot.addWidget(venster)
    venster.resize(1400, 900)
    toon_actief(qtbot, venster)
    qtbot.waitUntil(lambda: not venster.taken.bezig)
    venster.herverbinder.basis = 0.3  # the same back-off, faster: 0.3, 0.6, 1.2 … s
    venster.open_klantbeeld(huishouden_pg.burger_id, "Fatima El Amrani")
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None and not venster.klantbeeld.taken.bezig)
    yield venster
    runner.shutdown(30_000)
    engine.dispose()


def _tel(opslag: Opslag) -> tuple[int, int, int]:
    with opslag.lezen() as s:
        return tuple(  # type: ignore[return-value]
            s.execute(select(func.count()).select_from(t.__table__)).scalar_one()  # type: ignore[attr-defined]
            for t in (Contactmoment, Taak, AuditEvent)
        )


def _vul_contact_in(qtbot, venster: HoofdVenster) -> ContactDialoog:
    venster.klantbeeld.focus_inhoud()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is not None)
    dialoog = venster.klantbeeld.contact_dialoog
    toon_actief(qtbot, dialoog)
    dialoog.onderwerp_edit.setFocus()
    qtbot.keyClicks(dialoog.onderwerp_edit, ONDERWERP)
    dialoog.samenvatting_edit.setPlainText(SAMENVATTING)
    dialoog.vervolg_check.setChecked(True)
    dialoog.vervolg_edit.setText("Na terugkomst bellen")
    return dialoog


def _formulier(dialoog: ContactDialoog) -> tuple[str, str, bool, str]:
    return (
        dialoog.onderwerp_edit.text(),
        dialoog.samenvatting_edit.toPlainText(),
        dialoog.vervolg_check.isChecked(),
        dialoog.vervolg_edit.text(),
    )


def test_server_weg_banner_formulier_blijft_en_na_herstel_precies_eenmaal_opgeslagen(
    qtbot, venster: HoofdVenster, proxy: TcpProxy, pg_opslag: Opslag
) -> None:
    banner, herverbinder = venster.verbindingsbanner, venster.herverbinder
    assert not banner.isVisible()
    dialoog = _vul_contact_in(qtbot, venster)
    ingevuld = _formulier(dialoog)
    voor = _tel(pg_opslag)

    proxy.knip()  # the team server goes away
    qtbot.keyClick(dialoog.samenvatting_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialoog.bezig_met_opslaan, timeout=20_000)

    # the form: still open, every character kept, told that nothing was saved
    assert dialoog.isVisible() and _formulier(dialoog) == ingevuld
    assert "Uw wijziging is niet opgeslagen; uw invoer is bewaard" in dialoog.melding.tekst
    assert dialoog.melding.actie_knop.isVisible()
    # the window: the banner, the back-off, the status bar
    qtbot.waitUntil(banner.isVisible)
    assert banner.tekst.startswith("De verbinding met de teamserver is weg. We proberen het opnieuw…")
    qtbot.waitUntil(lambda: "(volgende poging over" in banner.tekst)
    assert banner.actie_knop.text() == "&Nu opnieuw proberen"
    assert venster.status_tekst(venster.verbinding_label) == "geen verbinding met de opslag"
    qtbot.waitUntil(lambda: herverbinder.poging >= 2, timeout=20_000)  # probes keep failing, further apart
    assert herverbinder.actief and banner.isVisible()
    banner.actie_knop.click()  # "Nu opnieuw proberen" while still gone: one more failed probe, no harm
    qtbot.waitUntil(lambda: herverbinder.poging >= 3 and not herverbinder.bezig, timeout=20_000)
    assert _tel(pg_opslag) == voor  # nothing half-written

    proxy.herstel()  # the server is back: the next planned probe finds it
    qtbot.waitUntil(lambda: banner.tekst == "De verbinding is terug. De schermen zijn bijgewerkt.", timeout=30_000)
    qtbot.waitUntil(lambda: venster.status_tekst(venster.verbinding_label) == "verbonden")
    assert not herverbinder.actief
    assert _formulier(dialoog) == ingevuld and dialoog.isVisible()  # resuming leaves the form alone
    with qtbot.waitSignal(dialoog.opgeslagen, timeout=20_000):
        dialoog.melding.actie_knop.click()  # the form's own "Opnieuw proberen"
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is None and not venster.klantbeeld.taken.bezig)
    assert "Contact opgeslagen" in venster.klantbeeld.melding.tekst
    assert _tel(pg_opslag)[:2] == (voor[0] + 1, voor[1] + 1)  # the contact and its task, once
    with pg_opslag.lezen() as s:
        rij = s.execute(select(Contactmoment.__table__).order_by(Contactmoment.id.desc())).first()  # type: ignore[attr-defined,union-attr]
    assert (rij.onderwerp, rij.samenvatting) == (ONDERWERP, SAMENVATTING)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)  # "terug" disappears by itself


@pytest.mark.parametrize("na_server", [True, False], ids=["kwam-aan", "kwam-niet-aan"])
def test_verbinding_weg_bij_het_vastleggen_onbekend_dan_gecontroleerd(
    qtbot, venster: HoofdVenster, proxy: TcpProxy, pg_opslag: Opslag, na_server: bool
) -> None:
    """The server disappears exactly at COMMIT: the outcome is unknown, the user is told so, and once the
    connection is back the workstation checks and says whether the contact was saved; retrying never doubles."""
    banner = venster.verbindingsbanner
    dialoog = _vul_contact_in(qtbot, venster)
    ingevuld = _formulier(dialoog)
    voor = _tel(pg_opslag)
    proxy.knip_bij(Knipregel(b"COMMIT", na_server=na_server, alles=True))
    dialoog.opslaan()
    qtbot.waitUntil(lambda: not dialoog.bezig_met_opslaan, timeout=30_000)
    assert proxy.geknipt.is_set()
    assert "nog niet bekend of uw wijziging is opgeslagen" in dialoog.melding.tekst
    assert _formulier(dialoog) == ingevuld
    qtbot.waitUntil(banner.isVisible)
    gebleven = _tel(pg_opslag)
    assert gebleven in (voor, (voor[0] + 1, voor[1] + 1, voor[2] + 2))  # all of it or nothing, never half

    proxy.herstel()
    verwacht = "is wel opgeslagen" if na_server else "is niet opgeslagen"
    qtbot.waitUntil(lambda: verwacht in banner.tekst, timeout=30_000)
    assert f"het contact '{ONDERWERP}'" in banner.tekst
    assert verwacht in dialoog.melding.tekst  # the form says it too
    assert gebleven == ((voor[0] + 1, voor[1] + 1, voor[2] + 2) if na_server else voor)
    with qtbot.waitSignal(dialoog.opgeslagen, timeout=20_000):
        dialoog.melding.actie_knop.click()
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is None and not venster.klantbeeld.taken.bezig)
    assert _tel(pg_opslag)[:2] == (voor[0] + 1, voor[1] + 1)  # exactly once either way


def test_herverbinder_stopt_zodra_een_andere_taak_weer_lukt(qtbot, runner) -> None:
    """Any job that reaches the store again ends the back-off (the banner does not wait for its own probe)."""
    pogingen: list[int] = []

    def probe() -> None:
        pogingen.append(1)
        from models.store.fouten import VerbindingFout

        raise VerbindingFout("weg")

    herverbinder = Herverbinder(runner, probe, basis=0.2)
    hersteld: list[bool] = []
    herverbinder.hersteld.connect(lambda: hersteld.append(True))
    runner.verbinding_changed.emit(False)
    assert herverbinder.actief
    qtbot.waitUntil(lambda: len(pogingen) >= 2, timeout=10_000)
    runner.submit(lambda: "gelukt", lambda _r: None)
    qtbot.waitUntil(lambda: hersteld == [True], timeout=10_000)
    assert not herverbinder.actief
