"""The Begeleiding tab of the klantbeeld over the real store: the traject with its intake deadline (overdue says
so with an icon and words), the steps its status allows — first contact, "opgelost in het eerste contact", start
with a plan van aanpak, close with an outcome and a reason — each stored and shown after the reload, the form's own
checks, a colleague's traject (no steps), and a conflict when a colleague changed the traject first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import InzageReden
from models.services.trajecten import Uitkomst
from models.store.opslag import Opslag
from models.store.tables import Begeleidingstraject, Contactmoment
from tests.ui.begeleiding_hulp import (
    Caseload,
    bouw_caseload,
    houd_vast,
    rustig,
    vensters_opruimen,  # noqa: F401 - the fixture (usefixtures below)
    verslag,
)
from tests.ui.hulp import toon_actief
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze
from ui.views.klantbeeld.traject_paneel import Modus, TrajectPaneel, TrajectStapDialoog
from ui.views.klantbeeld.view import BEGELEIDING

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("vensters_opruimen")]

NA_NIEUWJAAR = dt.date(2026, 1, 2)


def _open(qtbot, opslag: Opslag, runner, kleuren, tmp_path: Path, actor, burger_id: int, naam: str):
    instellingen = AppSettings(QSettings(str(tmp_path / "werkplek.ini"), QSettings.Format.IniFormat))
    v = HoofdVenster(
        maak_diensten(opslag, "Lokale opslag (test)"),
        actor,
        runner,
        kleuren,
        instellingen,
        vandaag=lambda: NA_NIEUWJAAR,
    )
    qtbot.addWidget(v)
    houd_vast(v)
    v.resize(1500, 950)
    toon_actief(qtbot, v)
    rustig(qtbot, v)
    v.open_klantbeeld(burger_id, naam)
    qtbot.waitUntil(lambda: v.klantbeeld.klantbeeld is not None)
    rustig(qtbot, v)
    v.klantbeeld.tabs.setCurrentIndex(BEGELEIDING)
    return v, v.klantbeeld.traject_paneel


def _traject(opslag: Opslag, traject_id: int):
    t = Begeleidingstraject.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return s.execute(select(t).where(t.c.id == traject_id)).one()


def _dialoog(qtbot, paneel: TrajectPaneel, knop) -> TrajectStapDialoog:
    qtbot.mouseClick(knop, Qt.MouseButton.LeftButton)
    assert paneel.dialoog is not None
    return paneel.dialoog


def test_van_aanmelding_via_intake_en_plan_naar_afgesloten(
    qtbot, opslag: Opslag, runner, kleuren, tmp_path: Path
) -> None:
    c = bouw_caseload(opslag)
    v, paneel = _open(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider, c.fatima, "Fatima El Amrani")
    assert v.klantbeeld.tabs.tabText(BEGELEIDING) == "&Begeleiding"
    assert "Traject aangemeld" in paneel.status_label.text() and "Jan de Vries" in paneel.status_label.text()
    # aangemeld 22-12-2025, deadline 31-12 (Christmas does not count); on 2-1-2026 one working day late
    assert "te laat: uiterlijk 31-12-2025, nu 1 werkdag te laat" in paneel.intake_label.text()
    assert not paneel.intake_icoon.pixmap().isNull()
    assert paneel.contact_knop.isVisible() and paneel.opgelost_knop.isVisible()
    assert not paneel.start_knop.isVisible()  # no first contact yet
    assert "nog geen plan van aanpak" in paneel.details.toPlainText()

    # 1. the first contact: the form checks the summary itself
    d = _dialoog(qtbot, paneel, paneel.contact_knop)
    d.samenvatting_edit.clear()
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    assert "besproken" in d.melding.tekst and d.isVisible()
    qtbot.keyClicks(d.samenvatting_edit, "Situatie besproken; Fatima wil begeleiding.")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _traject(opslag, c.traject_fatima).status == "intake")
    rustig(qtbot, v)
    assert _traject(opslag, c.traject_fatima).eerste_contact_op == NA_NIEUWJAAR
    qtbot.waitUntil(lambda: paneel.traject is not None and paneel.traject.status == "intake")
    assert "Begeleidingstraject bijgewerkt" in v.klantbeeld.melding.tekst
    assert "Eerste contact op 02-01-2026 (na de termijn van 5 werkdagen)" in paneel.intake_label.text()
    assert paneel.start_knop.isVisible() and not paneel.contact_knop.isVisible()

    # 2. start with a plan van aanpak: one goal and an action per line
    d = _dialoog(qtbot, paneel, paneel.start_knop)
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    assert "doel" in d.melding.tekst
    qtbot.keyClicks(d.doelen_edit, "Geen nieuwe terugvordering huurtoeslag")
    d.burger_edit.setPlainText("Loonstroken opsturen\nHuurcontract opsturen")
    d.begeleider_edit.setPlainText("Inkomen 2026 aanpassen")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _traject(opslag, c.traject_fatima).status == "actief")
    rustig(qtbot, v)
    plan = _traject(opslag, c.traject_fatima).plan
    assert [a["wie"] for a in plan["afspraken"]] == ["burger", "burger", "begeleider"]
    qtbot.waitUntil(lambda: paneel.traject is not None and paneel.traject.status == "actief")
    tekst = paneel.details.toPlainText()
    assert "Geen nieuwe terugvordering huurtoeslag" in tekst and "Burger: Huurcontract opsturen" in tekst

    # 2b. update the plan: a reached goal ("[x]"), an action done, a new action; an unchanged action keeps its date
    assert paneel.plan_knop.isVisible() and not paneel.start_knop.isVisible()
    d = _dialoog(qtbot, paneel, paneel.plan_knop)
    assert d.doelen_edit.toPlainText() == "Geen nieuwe terugvordering huurtoeslag"
    assert d.burger_edit.toPlainText() == "Loonstroken opsturen\nHuurcontract opsturen"
    d.doelen_edit.setPlainText("[x] Geen nieuwe terugvordering huurtoeslag\nGrip op de post")
    d.burger_edit.setPlainText("[x] Loonstroken opsturen\nHuurcontract opsturen")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_traject(opslag, c.traject_fatima).plan["doelen"]) == 2)
    rustig(qtbot, v)
    plan = _traject(opslag, c.traject_fatima).plan
    assert [(x["omschrijving"], x["status"]) for x in plan["doelen"]] == [
        ("Geen nieuwe terugvordering huurtoeslag", "bereikt"),
        ("Grip op de post", "lopend"),
    ]
    assert [a["gedaan"] for a in plan["afspraken"]] == [True, False, False]
    assert plan["opgesteld_op"] == NA_NIEUWJAAR.isoformat()
    qtbot.waitUntil(lambda: "Grip op de post" in paneel.details.toPlainText())
    assert "(bereikt)" in paneel.details.toPlainText() and "(gedaan)" in paneel.details.toPlainText()

    # 3. close with an outcome and a reason ("doelen bereikt" is offered now the traject is actief)
    d = _dialoog(qtbot, paneel, paneel.afsluiten_knop)
    assert d.uitkomst_keuze.findData(Uitkomst.DOELEN_BEREIKT) >= 0
    assert d.uitkomst_keuze.findData(Uitkomst.OPGELOST_EERSTE_CONTACT) == -1
    d.uitkomst_keuze.setCurrentIndex(d.uitkomst_keuze.findData(Uitkomst.DOORVERWEZEN_GELDFIT))
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    assert "reden" in d.melding.tekst.lower()
    qtbot.keyClicks(d.reden_edit, "Schulden bij meerdere schuldeisers; Geldfit helpt verder.")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _traject(opslag, c.traject_fatima).status == "afgesloten")
    rustig(qtbot, v)
    rij = _traject(opslag, c.traject_fatima)
    assert (rij.uitkomst, rij.afgesloten_op) == ("doorverwezen naar Geldfit", NA_NIEUWJAAR)
    qtbot.waitUntil(lambda: paneel.traject is not None and paneel.traject.status == "afgesloten")
    assert "Warm doorverwezen naar Geldfit" in paneel.details.toPlainText()
    assert not any(k.isVisible() for k in paneel.knoppen().values())  # a closed traject is final


def test_opgelost_in_het_eerste_contact(qtbot, sqlite_opslag: Opslag, runner, kleuren, tmp_path: Path) -> None:
    c = bouw_caseload(sqlite_opslag)
    karin = c.repo.caseload(c.begeleider, vandaag=NA_NIEUWJAAR)
    traject_id = next(r.traject_id for r in karin if r.burger_id == c.karin)
    v, paneel = _open(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, c.karin, "Karin Smit")
    d = _dialoog(qtbot, paneel, paneel.opgelost_knop)
    assert d.opgelost_vink.isChecked() and d.reden_edit.isVisible()
    d.samenvatting_edit.setPlainText("Vraag over de brief beantwoord.")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    assert "opgelost" in d.melding.tekst
    d.reden_edit.setPlainText("Uitleg over de beschikking was genoeg.")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _traject(sqlite_opslag, traject_id).status == "afgesloten")
    rustig(qtbot, v)
    rij = _traject(sqlite_opslag, traject_id)
    assert rij.uitkomst == "opgelost in eerste contact" and rij.eerste_contact_op == NA_NIEUWJAAR
    cm = Contactmoment.__table__  # type: ignore[attr-defined]
    with sqlite_opslag.lezen() as s:
        assert s.execute(select(cm.c.onderwerp).where(cm.c.burger_id == c.karin)).scalars().all() == [
            "Intakegesprek persoonlijke begeleiding"
        ]
    qtbot.waitUntil(lambda: paneel.traject is not None and paneel.traject.status == "afgesloten")
    assert "Opgelost in het eerste contact" in paneel.details.toPlainText()


def test_traject_van_een_collega_en_geen_traject(
    qtbot, sqlite_opslag: Opslag, runner, kleuren, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = bouw_caseload(sqlite_opslag)
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a, **_k: InzageKeuze(InzageReden.TELEFOONGESPREK)))
    v, paneel = _open(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, c.van_collega, "Henk Mulder")
    assert "Ayse Yilmaz" in paneel.status_label.text()
    assert paneel.contact_knop.isVisible() and not paneel.contact_knop.isEnabled()
    assert "caseload van Ayse Yilmaz" in paneel.reden_label.text()
    paneel.open_stap(Modus.EERSTE_CONTACT)  # a keyboard path around the disabled button does nothing either
    assert paneel.dialoog is None
    v.open_klantbeeld(c.zonder_traject, "Els Visser")
    qtbot.waitUntil(
        lambda: v.klantbeeld.klantbeeld is not None and v.klantbeeld.klantbeeld.burger.id == c.zonder_traject
    )
    rustig(qtbot, v)
    v.klantbeeld.tabs.setCurrentIndex(BEGELEIDING)
    assert paneel.leeg_label.isVisible() and "geen begeleidingstraject" in paneel.leeg_label.text()


def _conflict_opzet(qtbot, opslag, runner, kleuren, tmp_path) -> tuple[Caseload, object, TrajectPaneel]:
    c = bouw_caseload(opslag)
    v, paneel = _open(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider, c.piet, "Piet Bakker")
    assert paneel.traject is not None and paneel.traject.status == "intake"
    # the supervisor changes the traject's next action while Jan has the klantbeeld open
    t = c.repo.traject(c.supervisor, c.traject_piet)
    c.repo.plan_volgende_actie(
        c.supervisor, t.id, t.version, omschrijving="Bellen na ontvangst loonstroken", op=dt.date(2026, 1, 9)
    )
    return c, v, paneel


def test_conflict_toont_de_versie_van_de_collega_en_toch_uitvoeren(
    qtbot, opslag: Opslag, runner, kleuren, tmp_path: Path
) -> None:
    c, v, paneel = _conflict_opzet(qtbot, opslag, runner, kleuren, tmp_path)
    d = _dialoog(qtbot, paneel, paneel.afsluiten_knop)
    d.uitkomst_keuze.setCurrentIndex(d.uitkomst_keuze.findData(Uitkomst.GEEN_BEGELEIDING_GEWENST))
    d.reden_edit.setPlainText("Burger wil het zelf regelen.")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.conflict.isVisible() is True)
    assert "Mirjam Jansen" in d.conflict.wie.text()
    assert d.conflict_actie.text().startswith("Bellen na ontvangst loonstroken")
    assert d.conflict_status.text() == "intake"
    assert d.reden_edit.toPlainText() == "Burger wil het zelf regelen."  # the input is kept
    assert _traject(opslag, c.traject_piet).status == "intake"  # nothing overwritten
    qtbot.mouseClick(d.conflict.overschrijven_knop, Qt.MouseButton.LeftButton)  # knowingly, on the new version
    qtbot.waitUntil(lambda: _traject(opslag, c.traject_piet).status == "afgesloten")
    rustig(qtbot, v)
    assert _traject(opslag, c.traject_piet).uitkomst == "geen begeleiding gewenst"


def test_conflict_versie_overnemen_laadt_opnieuw(qtbot, sqlite_opslag: Opslag, runner, kleuren, tmp_path) -> None:
    c, v, paneel = _conflict_opzet(qtbot, sqlite_opslag, runner, kleuren, tmp_path)
    d = _dialoog(qtbot, paneel, paneel.start_knop)
    d.doelen_edit.setPlainText("Grip op de post")
    d.burger_edit.setPlainText("Brieven meenemen naar het gesprek")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.conflict.isVisible() is True)
    qtbot.mouseClick(d.conflict.overnemen_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paneel.dialoog is None)
    rustig(qtbot, v)
    assert _traject(sqlite_opslag, c.traject_piet).status == "intake"  # the step was not done
    qtbot.waitUntil(lambda: paneel.traject is not None and paneel.traject.volgende_actie is not None)
    assert "Bellen na ontvangst loonstroken" in paneel.details.toPlainText()


def test_stap_die_de_status_niet_toestaat_geeft_een_nette_melding(qtbot, sqlite_opslag, runner, kleuren, tmp_path):
    """A colleague already did the first contact: doing it again says why not, in Dutch, and keeps the input."""
    c = bouw_caseload(sqlite_opslag)
    v, paneel = _open(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, c.fatima, "Fatima El Amrani")
    d = _dialoog(qtbot, paneel, paneel.contact_knop)
    t = c.repo.traject(c.begeleider, c.traject_fatima)
    c.repo.eerste_contact(c.begeleider, t.id, t.version, verslag("Telefoon"), vandaag=NA_NIEUWJAAR)
    d.samenvatting_edit.setPlainText("Tweede keer")
    qtbot.mouseClick(d.ok_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.conflict.isVisible() is True)
    qtbot.mouseClick(d.conflict.overschrijven_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.melding.isVisible() and "eerste contact is al vastgelegd" in d.melding.tekst)
    rustig(qtbot, v)
    assert d.isVisible() and d.samenvatting_edit.toPlainText() == "Tweede keer"
