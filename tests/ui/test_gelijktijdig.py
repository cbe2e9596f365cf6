"""Two colleagues, two workstations, one contact: no lost update.

Two main windows — each with its own connection to the team server and its own worker thread, as on two
desks — correct the same contact at the same time. The first save wins; the second shows the colleague's saved
text next to the user's own, which is kept, and the user chooses: take the colleague's version (and add to it)
or knowingly save their own over it. Either way both changes are in the store's history and nothing is lost
silently.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import InzageReden
from models.store.engine import maak_engine
from models.store.opslag import Opslag
from models.store.tables import AuditEvent, Contactmoment
from tests.ui.huishoudens import Huishouden, bouw_huishouden
from tests.ui.hulp import toon_actief
from ui.dialogs.contact_dialoog import ContactDialoog
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze
from ui.tasks import TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.pg]


@pytest.fixture
def huishouden_pg(pg_opslag: Opslag) -> Huishouden:
    return bouw_huishouden(pg_opslag)


@pytest.fixture
def werkplekken(qtbot, qapp, pg_url: str, huishouden_pg: Huishouden, kleuren, tmp_path, monkeypatch):
    """Two workstations: J. de Vries (the begeleider) and A. Yilmaz (a colleague, with a reason)."""
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: InzageKeuze(InzageReden.TELEFOONGESPREK)))
    gemaakt: list[tuple[HoofdVenster, TaskRunner, object]] = []

    def werkplek(actor, naam: str) -> HoofdVenster:
        engine = maak_engine(pg_url)
        diensten = maak_diensten(Opslag(engine, "Teamserver (test)"), "Teamserver (test)")
        runner = TaskRunner()
        settings = AppSettings(QSettings(str(tmp_path / f"{naam}.ini"), QSettings.Format.IniFormat))
        venster = HoofdVenster(diensten, actor, runner, kleuren, settings)
        qtbot.addWidget(venster)
        venster.resize(1300, 850)
        gemaakt.append((venster, runner, engine))
        toon_actief(qtbot, venster)
        qtbot.waitUntil(lambda: not venster.taken.bezig)
        venster.open_klantbeeld(huishouden_pg.burger_id, "Fatima El Amrani")
        qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None and not venster.klantbeeld.taken.bezig)
        return venster

    yield werkplek(huishouden_pg.begeleider, "jdevries"), werkplek(huishouden_pg.collega, "ayilmaz")
    for venster, runner, engine in gemaakt:
        if venster.klantbeeld.contact_dialoog is not None:
            venster.klantbeeld.contact_dialoog.done(0)
        assert runner.shutdown(30_000)
        engine.dispose()  # type: ignore[attr-defined]


def _corrigeer(qtbot, venster: HoofdVenster, contact_id: int) -> ContactDialoog:
    kb = venster.klantbeeld
    assert kb.tijdlijn.kies_contact(contact_id)
    kb.wijzig_contact(kb.tijdlijn.tabel.huidige_rij().bron)
    qtbot.waitUntil(lambda: kb.contact_dialoog is not None)
    dialoog = kb.contact_dialoog
    toon_actief(qtbot, dialoog)
    return dialoog


def _rij(opslag: Opslag, contact_id: int):
    with opslag.lezen() as s:
        return s.execute(select(Contactmoment.__table__).where(Contactmoment.id == contact_id)).one()  # type: ignore[attr-defined,arg-type]


def _wijzigingen(opslag: Opslag, contact_id: int) -> list[tuple[int, str]]:
    a = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return [
            (r.medewerker_id, r.na["samenvatting"])
            for r in s.execute(
                select(a.c.medewerker_id, a.c.na)
                .where(a.c.entiteit == "contactmoment", a.c.entiteit_id == contact_id, a.c.actie == "contact gewijzigd")
                .order_by(a.c.id)
            )
        ]


@pytest.mark.parametrize("keuze", ["overnemen", "overschrijven"])
def test_twee_vensters_zelfde_contact_geen_verloren_update(
    qtbot, werkplekken, huishouden_pg: Huishouden, pg_opslag: Opslag, keuze: str
) -> None:
    jan, aysel = werkplekken
    contact_id = huishouden_pg.contact_id
    dialoog_jan = _corrigeer(qtbot, jan, contact_id)
    dialoog_aysel = _corrigeer(qtbot, aysel, contact_id)
    assert dialoog_jan.versie == dialoog_aysel.versie == 1

    tekst_jan = "Intake gehouden. Plan van aanpak: budgetcoach en betalingsregeling."
    dialoog_jan.samenvatting_edit.setPlainText(tekst_jan)
    with qtbot.waitSignal(dialoog_jan.opgeslagen, timeout=20_000):
        dialoog_jan.opslaan()  # the first save wins

    tekst_aysel = "Intake gehouden. Burger kiest voor Geldfit."
    dialoog_aysel.samenvatting_edit.setPlainText(tekst_aysel)
    dialoog_aysel.opslaan()
    qtbot.waitUntil(dialoog_aysel.conflict_groep.isVisible, timeout=20_000)
    # the colleague's change, side by side with the user's own text, which is kept
    assert dialoog_aysel.conflict_samenvatting.toPlainText() == tekst_jan
    assert "J. de Vries heeft dit contact opgeslagen" in dialoog_aysel.conflict_wie.text()
    assert dialoog_aysel.samenvatting_edit.toPlainText() == tekst_aysel
    assert "Uw invoer is bewaard" in dialoog_aysel.melding.tekst
    assert _rij(pg_opslag, contact_id).samenvatting == tekst_jan  # nothing overwritten behind anyone's back

    if keuze == "overnemen":
        dialoog_aysel.overnemen_knop.click()  # reload: the colleague's version, then add to it
        assert dialoog_aysel.samenvatting_edit.toPlainText() == tekst_jan and dialoog_aysel.versie == 2
        samen = tekst_jan + " Burger kiest voor Geldfit."
        dialoog_aysel.samenvatting_edit.setPlainText(samen)
        with qtbot.waitSignal(dialoog_aysel.opgeslagen, timeout=20_000):
            dialoog_aysel.opslaan()
        verwacht = samen
    else:
        with qtbot.waitSignal(dialoog_aysel.opgeslagen, timeout=20_000):
            dialoog_aysel.overschrijven_knop.click()  # knowingly, with the version the colleague made
        verwacht = tekst_aysel

    rij = _rij(pg_opslag, contact_id)
    assert (rij.samenvatting, rij.version) == (verwacht, 3)
    # both changes are in the history, in order, with who made them
    assert _wijzigingen(pg_opslag, contact_id) == [
        (huishouden_pg.begeleider.id, tekst_jan),
        (huishouden_pg.collega.id, verwacht),
    ]
    # the first window, refreshed, shows the colleague's version
    jan.klantbeeld.vernieuw()
    qtbot.waitUntil(lambda: not jan.klantbeeld.taken.bezig)
    contact = next(c for c in jan.klantbeeld.klantbeeld.contacten if c.id == contact_id)
    assert (contact.samenvatting, contact.version) == (verwacht, 3)
