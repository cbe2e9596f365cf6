"""Registering and correcting a contact: keyboard, validation at the field, lost connection, a colleague's
conflicting change, unsaved input — nothing typed is ever lost. Always the real store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from models.domain import InzageReden
from models.store.contacten import ContactRepository
from models.store.opslag import Opslag
from models.store.tables import Contactmoment, Taak
from tests.ui.huishoudens import Huishouden
from tests.ui.hulp import toon_actief
from ui.dialogs import meldingen
from ui.dialogs.contact_dialoog import ContactDialoog
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze
from ui.views.klantbeeld.view import TIJDLIJN

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def _contacten(opslag: Opslag) -> list:
    with opslag.lezen() as s:
        return list(s.execute(select(Contactmoment.__table__).order_by(Contactmoment.id)).all())  # type: ignore[attr-defined]


@pytest.fixture
def venster(qtbot, maak_venster, huishouden: Huishouden):
    venster = maak_venster(huishouden.begeleider)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None and not venster.klantbeeld.taken.bezig)
    return venster


def _open_nieuw(qtbot, venster) -> ContactDialoog:
    """Ctrl+N from the klantbeeld."""
    toon_actief(qtbot, venster)
    venster.klantbeeld.focus_inhoud()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is not None)
    dialoog = venster.klantbeeld.contact_dialoog
    toon_actief(qtbot, dialoog)
    return dialoog


def test_contact_registreren_met_het_toetsenbord_verschijnt_in_de_tijdlijn(
    qtbot, venster, huishouden: Huishouden, sqlite_opslag: Opslag
) -> None:
    dialoog = _open_nieuw(qtbot, venster)
    assert dialoog.kanaal_combo.hasFocus()
    qtbot.keyClick(dialoog.kanaal_combo, Qt.Key.Key_Tab)  # kanaal: telefoon (default)
    qtbot.keyClick(dialoog.richting_combo, Qt.Key.Key_Tab)  # richting: inkomend
    assert dialoog.onderwerp_edit.hasFocus()
    qtbot.keyClicks(dialoog.onderwerp_edit, "Vraag over voorschot 2027")
    qtbot.keyClick(dialoog.onderwerp_edit, Qt.Key.Key_Tab)
    assert dialoog.samenvatting_edit.hasFocus()
    qtbot.keyClicks(dialoog.samenvatting_edit, "Burger vraagt of het voorschot omlaag kan. Proefberekening gemaakt.")
    qtbot.keyClick(dialoog.samenvatting_edit, Qt.Key.Key_Tab)  # Tab leaves the text field
    assert dialoog.afspraken_edit.hasFocus()
    qtbot.keyClicks(dialoog.afspraken_edit, "Burger past het inkomen aan in Mijn Toeslagen.")
    qtbot.keyClick(dialoog.afspraken_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialoog.opgelost_check, Qt.Key.Key_Tab)
    qtbot.keyClick(dialoog.vervolg_check, Qt.Key.Key_Space)  # follow-up task
    qtbot.keyClick(dialoog.vervolg_check, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialoog.vervolg_edit, "Nabellen of het gelukt is")
    vervaldatum = dialoog.datum_edit.date().toPython()
    with qtbot.waitSignal(dialoog.opgeslagen) as opgeslagen:
        qtbot.keyClick(dialoog.vervolg_edit, Qt.Key.Key_S, CTRL)
    contact = opgeslagen.args[0]
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is None and not venster.klantbeeld.taken.bezig)
    kb = venster.klantbeeld
    assert kb.tabs.currentIndex() == TIJDLIJN
    gekozen = kb.tijdlijn.tabel.huidige_rij()
    assert gekozen.bron.id == contact.id
    assert gekozen.titel == "Telefoon (inkomend) — Vraag over voorschot 2027"
    assert "Afspraken: Burger past het inkomen aan" in gekozen.detail
    assert "Contact opgeslagen" in kb.melding.tekst
    laatste = _contacten(sqlite_opslag)[-1]
    assert (laatste.onderwerp, laatste.medewerker_id, laatste.kanaal) == (
        "Vraag over voorschot 2027",
        huishouden.begeleider.id,
        "telefoon",
    )
    with sqlite_opslag.lezen() as s:
        taak = s.execute(select(Taak.__table__).where(Taak.contact_id == contact.id)).one()  # type: ignore[attr-defined]
    assert taak.omschrijving == "Nabellen of het gelukt is"
    assert taak.vervaldatum == vervaldatum


def test_lege_verplichte_velden_houden_het_venster_open_en_verliezen_niets(
    qtbot, venster, sqlite_opslag: Opslag
) -> None:
    voor = len(_contacten(sqlite_opslag))
    dialoog = _open_nieuw(qtbot, venster)
    dialoog.afspraken_edit.setFocus()
    qtbot.keyClicks(dialoog.afspraken_edit, "Belt morgen terug")
    qtbot.keyClick(dialoog.afspraken_edit, Qt.Key.Key_S, CTRL)
    assert dialoog.isVisible()
    assert dialoog.veld_meldingen["onderwerp"].tekst == "Vul dit veld in; het is verplicht."
    assert dialoog.veld_meldingen["samenvatting"].tekst == "Vul dit veld in; het is verplicht."
    assert dialoog.onderwerp_edit.hasFocus()  # to the first field with a problem
    assert dialoog.afspraken_edit.toPlainText() == "Belt morgen terug"
    assert len(_contacten(sqlite_opslag)) == voor
    qtbot.keyClicks(dialoog.onderwerp_edit, "Terugbelverzoek")
    assert dialoog.veld_meldingen["onderwerp"].tekst == ""  # typing clears the message
    dialoog.done(0)


def test_melding_van_de_opslag_staat_bij_het_veld(qtbot, venster, sqlite_opslag: Opslag) -> None:
    dialoog = _open_nieuw(qtbot, venster)
    dialoog.onderwerp_edit.setText("Vraag")
    dialoog.samenvatting_edit.setPlainText("Tekst met een verborgen \u202e richtingsteken")
    dialoog.opslaan()
    qtbot.waitUntil(lambda: not dialoog.bezig_met_opslaan)
    assert dialoog.isVisible()
    assert dialoog.veld_meldingen["samenvatting"].tekst == "Bevat onzichtbare stuurtekens; typ de tekst opnieuw."
    assert dialoog.samenvatting_edit.toPlainText() == "Tekst met een verborgen \u202e richtingsteken"
    dialoog.done(0)


def test_verbroken_verbinding_houdt_het_formulier_vast_en_opnieuw_proberen_werkt(
    qtbot, venster, sqlite_opslag: Opslag, tmp_path: Path
) -> None:
    dialoog = _open_nieuw(qtbot, venster)
    dialoog.onderwerp_edit.setText("Bereikbaarheid")
    dialoog.samenvatting_edit.setPlainText("Burger is tot 1 december in het buitenland.")
    pad = Path(sqlite_opslag.engine.url.database or "")
    weg = tmp_path / "elders.sqlite"
    # the store disappears (a network share that went away): the next connection finds an empty database
    sqlite_opslag.engine.dispose()
    shutil.move(pad, weg)
    try:
        dialoog.opslaan()
        qtbot.waitUntil(lambda: not dialoog.bezig_met_opslaan)
        assert dialoog.isVisible()
        assert dialoog.melding.isVisible() and dialoog.melding.actie_knop.isVisible()
        assert "Uw wijziging is niet opgeslagen; uw invoer is bewaard" in dialoog.melding.tekst
        assert dialoog.onderwerp_edit.text() == "Bereikbaarheid"
        assert venster.status_tekst(venster.verbinding_label) == "geen verbinding met de opslag"
    finally:
        sqlite_opslag.engine.dispose()
        pad.unlink(missing_ok=True)
        shutil.move(weg, pad)
    with qtbot.waitSignal(dialoog.opgeslagen):
        dialoog.melding.actie_knop.click()  # "Opnieuw proberen"
    assert _contacten(sqlite_opslag)[-1].onderwerp == "Bereikbaarheid"
    qtbot.waitUntil(lambda: venster.status_tekst(venster.verbinding_label) == "verbonden")


def test_conflict_toont_de_versie_van_de_collega_en_niets_gaat_verloren(
    qtbot, venster, huishouden: Huishouden, sqlite_opslag: Opslag
) -> None:
    kb = venster.klantbeeld
    assert kb.tijdlijn.kies_contact(huishouden.contact_id)
    kb.tijdlijn.tabel.setFocus()
    qtbot.keyClick(kb.tijdlijn.tabel, Qt.Key.Key_Return)  # Enter on a contact: correct it
    qtbot.waitUntil(lambda: kb.contact_dialoog is not None)
    dialoog = kb.contact_dialoog
    toon_actief(qtbot, dialoog)
    assert dialoog.versie == 1
    assert not dialoog.kanaal_combo.isEnabled()  # a correction changes the text only
    # meanwhile a colleague corrects the same contact, through the real repository
    ContactRepository(sqlite_opslag).wijzig(
        huishouden.collega,
        huishouden.contact_id,
        1,
        onderwerp="Intake persoonlijke begeleiding (aangevuld)",
        samenvatting="Versie van de collega: plan van aanpak en budgetcoach besproken.",
        afspraken=None,
    )
    dialoog.samenvatting_edit.setFocus()
    qtbot.keyClick(dialoog.samenvatting_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(dialoog.samenvatting_edit, " Mijn aanvulling: burger kiest voor Geldfit.")
    mijn_tekst = dialoog.samenvatting_edit.toPlainText()
    qtbot.keyClick(dialoog.samenvatting_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(dialoog.conflict_groep.isVisible)
    assert (
        dialoog.conflict_samenvatting.toPlainText()
        == "Versie van de collega: plan van aanpak en budgetcoach besproken."
    )
    assert dialoog.conflict_onderwerp.text() == "Intake persoonlijke begeleiding (aangevuld)"
    assert "A. Yilmaz heeft dit contact opgeslagen" in dialoog.conflict_wie.text()
    assert dialoog.samenvatting_edit.toPlainText() == mijn_tekst  # nothing typed is lost
    assert "Uw invoer is bewaard" in dialoog.melding.tekst
    with qtbot.waitSignal(dialoog.opgeslagen) as opgeslagen:
        dialoog.overschrijven_knop.click()  # "Mijn versie opslaan", knowingly, with the colleague's version
    assert opgeslagen.args[0].version == 3
    rij = next(c for c in _contacten(sqlite_opslag) if c.id == huishouden.contact_id)
    assert (rij.samenvatting, rij.version) == (mijn_tekst, 3)


def test_versie_van_de_collega_overnemen(qtbot, venster, huishouden: Huishouden, sqlite_opslag: Opslag) -> None:
    kb = venster.klantbeeld
    kb.tijdlijn.kies_contact(huishouden.contact_id)
    kb.wijzig_contact(kb.tijdlijn.tabel.huidige_rij().bron)
    dialoog = kb.contact_dialoog
    ContactRepository(sqlite_opslag).wijzig(
        huishouden.collega,
        huishouden.contact_id,
        1,
        onderwerp="Intake",
        samenvatting="Collega",
        afspraken="Bellen",
    )
    dialoog.onderwerp_edit.setText("Mijn onderwerp")
    dialoog.opslaan()
    qtbot.waitUntil(dialoog.conflict_groep.isVisible)
    dialoog.overnemen_knop.click()
    assert (dialoog.onderwerp_edit.text(), dialoog.samenvatting_edit.toPlainText()) == ("Intake", "Collega")
    assert dialoog.afspraken_edit.toPlainText() == "Bellen"
    assert dialoog.versie == 2 and not dialoog.conflict_groep.isVisible()
    assert not dialoog.heeft_wijzigingen()
    dialoog.done(0)


def test_ongeslagen_invoer_wordt_bewaakt_bij_sluiten(
    qtbot, venster, sqlite_opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    antwoorden = [False, True]
    gevraagd: list[bool] = []

    def vraag(_parent: object) -> bool:
        gevraagd.append(True)
        return antwoorden.pop(0)

    monkeypatch.setattr(meldingen, "bevestig_weggooien", vraag)
    voor = len(_contacten(sqlite_opslag))
    dialoog = _open_nieuw(qtbot, venster)
    qtbot.keyClick(dialoog, Qt.Key.Key_Escape)  # nothing typed yet: closes without asking
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is None)
    assert gevraagd == []
    dialoog = _open_nieuw(qtbot, venster)
    dialoog.onderwerp_edit.setFocus()
    qtbot.keyClicks(dialoog.onderwerp_edit, "Half ingevuld")
    qtbot.keyClick(dialoog.onderwerp_edit, Qt.Key.Key_Escape)
    assert gevraagd == [True] and dialoog.isVisible()
    assert dialoog.onderwerp_edit.text() == "Half ingevuld"
    dialoog.close()  # the window's close button asks the same question
    assert gevraagd == [True, True]
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is None)
    assert len(_contacten(sqlite_opslag)) == voor


def test_kwaliteitsmedewerker_kan_geen_contact_registreren(
    qtbot, maak_venster, huishouden: Huishouden, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: InzageKeuze(InzageReden.KWALITEIT)))
    venster = maak_venster(huishouden.kwaliteit)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None)
    kb = venster.klantbeeld
    assert not kb.contact_knop.isVisible()
    assert not kb.tijdlijn.wijzig_knop.isVisible()
    kb.focus_inhoud()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    assert kb.contact_dialoog is None
