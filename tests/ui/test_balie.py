"""The balie screen (issue #7), on the real store: the "done when" flow — a balie user looks up a household by BSN,
runs a what-if for an income rise, prints the overview, refers the household to guidance, and the supervisor finds
the referral in the intake queue — plus identification errors, the callback request, the standard arrangement and
what the counter must not see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from models import formaat
from models.calc.invoer import Grondslagen, Huur, Kind, Persoon
from models.domain import Rol, TrajectBron, TrajectStatus
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from models.store.tables import Contactmoment, Document, Inzage, Taak, Vordering
from tests import fabriek
from tests.letters.pdfhulp import tekst
from tests.ui.huishoudens import BSN, Huishouden
from ui import openen
from ui.views.balie.acties import RegelingDialoog, TerugbelDialoog, VerwijsDialoog
from ui.views.balie.view import BalieView
from ui.views.balie.wat_als import WatAlsDialoog

pytestmark = pytest.mark.gui

BSN_NIEUW = fabriek.bsn_met_elfproef(31_415_926)


@pytest.fixture
def geopend(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Opening a PDF with the system viewer is recorded, not done."""
    paden: list[Path] = []

    def open_bestand(pad: Path) -> bool:
        paden.append(pad)
        return True

    monkeypatch.setattr(openen, "open_bestand", open_bestand)
    return paden


@pytest.fixture
def ja(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every confirmation question is answered with yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def _zonder_begeleider(opslag: Opslag, vandaag: dt.date) -> int:
    """A household without a begeleider: two running toeslagen, an open claim."""
    burger = fabriek.burger(
        opslag, bsn=BSN_NIEUW, voornamen="Karin", achternaam="Smit", geboortedatum=dt.date(1990, 5, 1)
    )
    gronden = Grondslagen(
        aanvrager=Persoon(dt.date(1990, 5, 1), Decimal(24_000)),
        kinderen=(Kind(dt.date(2018, 4, 2)),),
        huur=Huur(Decimal(690), Decimal(30)),
    )
    for regeling in ("zorgtoeslag", "huurtoeslag"):
        fabriek.berekende_toeslag(opslag, burger, regeling, vandaag.year, gronden)
    fabriek.vordering(opslag, burger, "huurtoeslag", vandaag.year - 1, Decimal("960.00"), ontstaan_op=vandaag)
    return burger


def _identificeer(qtbot, view: BalieView, bsn: str, reden: str = "Vraag over toeslag of voorschot") -> None:
    view.bsn_edit.setFocus()
    qtbot.keyClicks(view.bsn_edit, bsn)
    view.id_check.setChecked(True)
    view.reden_combo.setEditText(reden)
    qtbot.keyClick(view.bsn_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.beeld is not None and not view.taken.bezig, timeout=10_000)


def _dialoog(qtbot, view: BalieView, soort: type):
    qtbot.waitUntil(lambda: isinstance(view.dialoog, soort), timeout=5_000)
    return view.dialoog


def test_balie_krijgt_het_balie_scherm_in_plaats_van_zoeken_en_klantbeeld(maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.balie)
    assert venster.huidige_view == "balie" and venster.balie is not None
    assert "zoeken" not in venster.views and "klantbeeld" not in venster.views
    assert not venster.zoeken.isVisible() and not venster.klantbeeld.isVisible()
    assert venster.balie.bsn_edit.hasFocus()
    assert venster.rail.knop("balie").isChecked() and venster.windowTitle() == "Balie – Werkplek Toeslagen"


def test_identificeren_eist_bsn_legitimatie_en_reden(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag
) -> None:
    view = maak_venster(huishouden.balie).balie
    qtbot.keyClicks(view.bsn_edit, "123456789")
    qtbot.keyClick(view.bsn_edit, Qt.Key.Key_Return)
    assert "elfproef" in view.bsn_melding.tekst or "geen geldig" in view.bsn_melding.tekst
    assert view.id_melding.tekst and view.reden_melding.tekst
    assert view.beeld is None and not view.taken.bezig
    with sqlite_opslag.lezen() as s:
        assert s.execute(select(Inzage.__table__)).first() is None  # type: ignore[attr-defined]
    view.bsn_edit.clear()
    _identificeer(qtbot, view, BSN, "Vraag over terugvordering of betaling")
    assert view.bsn_melding.tekst == "" and view.id_melding.tekst == ""
    with sqlite_opslag.lezen() as s:
        rij = s.execute(select(Inzage.__table__)).one()  # type: ignore[attr-defined]
    assert rij.medewerker_id == huishouden.balie.id and rij.reden == "baliebezoek" and rij.context == "balie"
    assert "Legitimatiebewijs gecontroleerd" in rij.toelichting and "terugvordering" in rij.toelichting


def test_het_beperkte_beeld_toont_wat_de_balie_mag_zien(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.balie)
    view = venster.balie
    _identificeer(qtbot, view, BSN)
    assert view.kop.text().startswith("Fatima El Amrani") and "*****6782" in view.kop.text()
    teksten = {k: kaart.inhoud.text() for k, kaart in view.kaarten.items()}
    assert "/mnd" in teksten["toeslagen"]
    assert "bezwaar" in teksten["beslissingen"]
    assert "3.412,18" in teksten["schuld"] and "aanmaning" in teksten["schuld"]
    assert "€ 85,00 per maand" in teksten["regeling"] and "volgende termijn" in teksten["regeling"]
    assert "J. de Vries" in teksten["begeleider"] and "Team Noord" in teksten["begeleider"]
    alles = " ".join(teksten.values()) + view.kop.text() + view.subkop.text()
    for verboden in ("Youssef", "laaggeletterdheid", "15:00", "signaal", "Dreigende"):
        assert verboden not in alles
    assert view.beeld is not None and view.beeld.klantbeeld.notities is None
    assert not view.verwijs_knop.isEnabled()  # already in a traject
    assert "Fatima El Amrani" in venster.windowTitle()
    view.nieuw_knop.click()
    assert view.beeld is None and view.bsn_edit.text() == "" and not view.id_check.isChecked()
    assert all(k.inhoud.text() == "" for k in view.kaarten.values())


def test_klaar_als_flow_wat_als_overzicht_verwijzen_intake(
    qtbot, maak_venster, diensten: Diensten, sqlite_opslag: Opslag, geopend: list[Path], ja: None, vandaag: dt.date
) -> None:
    burger = _zonder_begeleider(sqlite_opslag, vandaag)
    balie = fabriek.medewerker(sqlite_opslag, Rol.BALIE, "S. Bakker")
    supervisor = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR, "M. Jansen")
    venster = maak_venster(balie)
    view = venster.balie

    # 1. look up by BSN
    _identificeer(qtbot, view, BSN_NIEUW, "Wijziging doorgeven")
    assert view.beeld is not None and view.beeld.klantbeeld.burger.id == burger
    assert "Geen persoonlijk begeleider" in view.kaarten["begeleider"].inhoud.text()

    # 2. what-if for an income rise: lower voorschot, otherwise a recovery; passed on to the back office
    qtbot.mouseClick(view.wat_als_knop, Qt.MouseButton.LeftButton)
    wat_als = _dialoog(qtbot, view, WatAlsDialoog)
    qtbot.keyClicks(wat_als.inkomen_edit, "36.000")
    qtbot.keyClick(wat_als.inkomen_edit, Qt.Key.Key_Return)
    assert [u.regeling.value for u in wat_als.uitkomsten] == ["huurtoeslag", "zorgtoeslag"]
    for u in wat_als.uitkomsten:
        assert u.nieuw_maand is not None and u.nieuw_maand < u.huidig_maand
        assert u.saldo_ongewijzigd is not None and u.saldo_ongewijzigd < 0
    assert "terugbetalen" in wat_als.conclusie.text()
    assert wat_als.model.rowCount() == 2 and wat_als.stappen.model_.rowCount() > 0
    assert wat_als.opslaan_knop.isEnabled()
    wat_als.opslaan_knop.click()
    qtbot.waitUntil(lambda: not wat_als.taken.bezig and wat_als.melding.isVisible(), timeout=10_000)
    assert "doorgegeven" in wat_als.melding.tekst
    with sqlite_opslag.lezen() as s:
        c = Contactmoment.__table__  # type: ignore[attr-defined]
        contact = s.execute(select(c).where(c.c.burger_id == burger)).one()
        t = Taak.__table__  # type: ignore[attr-defined]
        taak = s.execute(select(t).where(t.c.contact_id == contact.id)).one()
    assert contact.kanaal == "balie" and "€ 36.000,00" in contact.onderwerp
    assert "terugvordering van ongeveer" in contact.samenvatting
    assert taak.medewerker_id is None  # the back-office queue
    wat_als.reject()
    qtbot.waitUntil(lambda: view.dialoog is None and not view.taken.bezig, timeout=10_000)

    # 3. print the overview (Ctrl+P): stored on the record, opened with the viewer
    view.taal_combo.setCurrentIndex(0)
    venster.activateWindow()
    qtbot.waitUntil(venster.isActiveWindow)
    view.wat_als_knop.setFocus()
    qtbot.keyClick(view.wat_als_knop, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(geopend), timeout=20_000)
    pdf = geopend[0].read_bytes()
    inhoud = tekst(pdf)
    assert "Overzicht van uw toeslagen en betalingen" in inhoud and "Karin Smit" in inhoud
    assert "€ 960,00" in inhoud and "0800-0543" in inhoud
    with sqlite_opslag.lezen() as s:
        d = Document.__table__  # type: ignore[attr-defined]
        doc = s.execute(select(d.c.soort, d.c.pdf).where(d.c.burger_id == burger)).one()
    assert doc.soort == "overzicht" and bytes(doc.pdf) == pdf

    # 4. refer to persoonlijke begeleiding
    qtbot.waitUntil(lambda: not view.taken.bezig)
    assert view.verwijs_knop.isEnabled()
    qtbot.mouseClick(view.verwijs_knop, Qt.MouseButton.LeftButton)
    verwijs = _dialoog(qtbot, view, VerwijsDialoog)
    verwijs.opslaan_knop.click()  # without a reason: stays open, message at the field
    qtbot.waitUntil(lambda: not verwijs.taken.bezig and bool(verwijs.velden["reden van aanmelding"].tekst))
    qtbot.keyClicks(verwijs.reden_edit, "Inkomen stijgt, zorgen over terugbetalen; wil hulp met overzicht")
    verwijs.opslaan_knop.click()
    qtbot.waitUntil(lambda: view.dialoog is None, timeout=10_000)
    qtbot.waitUntil(lambda: not view.taken.bezig, timeout=10_000)
    assert "aangemeld voor persoonlijke begeleiding" in view.melding.tekst
    assert "wacht op een begeleider" in view.kaarten["begeleider"].inhoud.text()

    # 5. as supervisor: the referral is in the intake queue
    assert diensten.begeleiding is not None
    wachtrij = diensten.begeleiding.caseloads.intake_wachtrij(supervisor, vandaag=vandaag)
    rij = next(r for r in wachtrij if r.burger_id == burger)
    assert rij.bron == TrajectBron.BALIE and rij.status == TrajectStatus.AANGEMELD and rij.begeleider_id is None
    assert "zorgen over terugbetalen" in (rij.bron_toelichting or "")


def test_terugbelverzoek_met_fout_nummer_en_daarna_goed(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag
) -> None:
    view = maak_venster(huishouden.balie).balie
    _identificeer(qtbot, view, BSN)
    qtbot.mouseClick(view.terugbel_knop, Qt.MouseButton.LeftButton)
    d = _dialoog(qtbot, view, TerugbelDialoog)
    assert d.telefoon_edit.text() == "0612345678"  # the citizen's own number, pre-filled
    d.telefoon_edit.setText("06-123")
    d.onderwerp_edit.setText("Vraag over de regeling")
    d.opslaan_knop.click()
    qtbot.waitUntil(lambda: not d.taken.bezig and bool(d.velden["telefoonnummer"].tekst), timeout=5_000)
    assert d.isVisible() and d.onderwerp_edit.text() == "Vraag over de regeling"  # nothing lost
    d.telefoon_edit.setText("06 1234 5678")
    d.tijd_combo.setEditText("na 15:00")
    d.opslaan_knop.click()
    qtbot.waitUntil(lambda: view.dialoog is None, timeout=10_000)
    assert "Terugbelverzoek vastgelegd" in view.melding.tekst
    with sqlite_opslag.lezen() as s:
        t = Taak.__table__  # type: ignore[attr-defined]
        taak = s.execute(select(t).where(t.c.soort == "terugbellen", t.c.telefoon == "0612345678")).one()
    assert taak.medewerker_id == huishouden.begeleider.id and taak.voorkeurstijd == "na 15:00"


def test_standaardregeling_aan_de_balie(qtbot, maak_venster, sqlite_opslag: Opslag, ja: None, vandaag: dt.date) -> None:
    burger = _zonder_begeleider(sqlite_opslag, vandaag)
    view = maak_venster(fabriek.medewerker(sqlite_opslag, Rol.BALIE)).balie
    _identificeer(qtbot, view, BSN_NIEUW, "Betalingsregeling")
    assert view.regeling_knop.isEnabled()
    qtbot.mouseClick(view.regeling_knop, Qt.MouseButton.LeftButton)
    d = _dialoog(qtbot, view, RegelingDialoog)
    qtbot.waitUntil(d.opslaan_knop.isEnabled, timeout=10_000)
    optie = d._vergelijking.optie("standaard")
    bedrag = formaat.euro(optie.uitkomst.termijnbedrag)
    assert f"Standaardregeling: {bedrag} per maand, 24 keer" in d.uitkomst.text()
    assert Decimal(20) <= optie.uitkomst.termijnbedrag <= Decimal(960) / 24 + 2  # ≥ € 20, 24 months (+ interest)
    d.opslaan_knop.click()
    qtbot.waitUntil(lambda: view.dialoog is None, timeout=10_000)
    qtbot.waitUntil(lambda: not view.taken.bezig, timeout=10_000)
    assert "betalingsregeling is afgesproken" in view.melding.tekst
    with sqlite_opslag.lezen() as s:
        v = Vordering.__table__  # type: ignore[attr-defined]
        assert s.execute(select(v.c.status).where(v.c.burger_id == burger)).scalar() == "in_regeling"
    assert f"{bedrag} per maand" in view.kaarten["regeling"].inhoud.text()
    assert not view.regeling_knop.isEnabled()  # nothing left outside an arrangement


def test_ctrl_k_zet_het_bsn_in_het_balieveld(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.balie)
    venster.snelzoeken.setText("123 456 782")
    venster._on_snelzoeken(venster.snelzoeken.text())
    assert venster.balie.bsn_edit.text() == "123 456 782" and venster.balie.beeld is None
    assert QApplication.focusWidget() is venster.balie.id_check


def test_regeling_die_niet_past_leidt_naar_verwijzing(
    qtbot, maak_venster, sqlite_opslag: Opslag, vandaag: dt.date
) -> None:
    burger = fabriek.burger(sqlite_opslag, bsn=BSN_NIEUW, voornamen="Ali", achternaam="Koster")
    fabriek.vordering(sqlite_opslag, burger, "zorgtoeslag", vandaag.year - 2, Decimal("2400.00"), status="dwang")
    view = maak_venster(fabriek.medewerker(sqlite_opslag, Rol.BALIE)).balie
    _identificeer(qtbot, view, BSN_NIEUW, "Betalingsregeling")
    qtbot.mouseClick(view.regeling_knop, Qt.MouseButton.LeftButton)
    d = _dialoog(qtbot, view, RegelingDialoog)
    qtbot.waitUntil(lambda: d.verwijs_knop.isVisible() or bool(d.melding.tekst), timeout=10_000)
    assert "niet mogelijk" in d.uitkomst.text() and not d.opslaan_knop.isEnabled()
    qtbot.mouseClick(d.verwijs_knop, Qt.MouseButton.LeftButton)
    verwijs = _dialoog(qtbot, view, VerwijsDialoog)
    assert "Standaardregeling past niet" in verwijs.reden_edit.toPlainText()
    verwijs.reject()


def test_onbekend_bsn_wist_de_vorige_burger_en_contact_is_via_de_balie(
    qtbot, maak_venster, huishouden: Huishouden
) -> None:
    from ui.dialogs.contact_dialoog import ContactDialoog

    view = maak_venster(huishouden.balie).balie
    _identificeer(qtbot, view, BSN)
    assert view.wat_als_knop.hasFocus()
    view.bsn_edit.setText(fabriek.bsn_met_elfproef(88_888_888))
    view.identificeer()
    qtbot.waitUntil(lambda: not view.taken.bezig and view.melding.isVisible(), timeout=10_000)
    assert "geen burger met dit BSN" in view.melding.tekst
    assert view.beeld is None and view.kaarten["schuld"].inhoud.text() == ""  # Fatima's data is gone
    view.bsn_edit.setText(BSN)
    view.identificeer()
    qtbot.waitUntil(lambda: view.beeld is not None and not view.taken.bezig, timeout=10_000)
    qtbot.keyClick(view.wat_als_knop, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    d = _dialoog(qtbot, view, ContactDialoog)
    assert d.kanaal_combo.currentData() == "balie"
    d.reject()


def test_regelingen_volgen_de_burger_van_het_balie_scherm(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.balie)
    venster.ga_naar("regelingen")
    assert venster.huidige_view == "balie" and "Zoek eerst de burger op" in venster.balie.melding.tekst
    _identificeer(qtbot, venster.balie, BSN)
    venster.ga_naar("regelingen")
    assert venster.huidige_view == "regelingen" and venster.regelingen.burger_id == huishouden.burger_id
    venster.ga_naar("balie")
    venster.balie.nieuw_knop.click()
    venster.ga_naar("regelingen")
    assert venster.huidige_view == "balie"  # no citizen: the previous one is not shown again
