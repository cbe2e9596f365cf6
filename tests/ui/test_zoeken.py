"""Zoeken: by keyboard, with Dutch messages at the field; balie searches on the exact BSN only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from models.store.interfaces import Diensten
from tests.ui.huishoudens import BSN, Huishouden
from tests.ui.hulp import toon_actief
from ui.palet import Kleuren
from ui.tasks import TaskRunner
from ui.views.zoeken_view import ZoekenView, ontleed_vrije_tekst

pytestmark = pytest.mark.gui


@pytest.fixture
def maak_view(qtbot, diensten: Diensten, runner: TaskRunner, kleuren: Kleuren):
    def maak(actor) -> ZoekenView:
        view = ZoekenView(diensten.zoeken, actor, runner, kleuren)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        toon_actief(qtbot, view)
        view.focus_eerste_veld()
        return view

    return maak


def _typ_en_enter(qtbot, veld: QLineEdit, tekst: str) -> None:
    veld.setFocus()
    qtbot.keyClicks(veld, tekst)
    qtbot.keyClick(veld, Qt.Key.Key_Return)


def test_ongeldig_bsn_geeft_de_elfproefmelding_bij_het_veld(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.begeleider)
    gezocht: list[object] = []
    view.taken.bezig_veranderd.connect(gezocht.append)
    _typ_en_enter(qtbot, view.bsn_edit, "123456789")
    melding = view.meldingen["bsn"]
    assert melding.tekst == "Dit is geen geldig BSN (de elfproef klopt niet); controleer de cijfers."
    assert view.bsn_edit.property("fout") is True
    assert view.bsn_edit.accessibleDescription() == melding.tekst
    assert view.bsn_edit.text() == "123456789"  # nothing typed is lost
    assert gezocht == []  # nothing went to the store
    qtbot.keyClick(view.bsn_edit, Qt.Key.Key_Backspace)
    assert melding.tekst == ""  # editing the field clears the message


def test_te_kort_bsn_zegt_hoeveel_cijfers(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.begeleider)
    _typ_en_enter(qtbot, view.bsn_edit, "1234567")
    assert view.meldingen["bsn"].tekst == "Een BSN heeft 9 cijfers, dit zijn er 7."


def test_bsn_met_een_treffer_opent_meteen(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.balie)
    with qtbot.waitSignal(view.burger_gekozen) as blokker:
        _typ_en_enter(qtbot, view.bsn_edit, "1234 56 782")
    assert blokker.args[0].burger_id == huishouden.burger_id
    assert view.model.index(0, 1).data() == "*****6782"


def test_naam_en_geboortedatum_met_toetsenbord_en_enter_opent(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.collega)
    view.achternaam_edit.setFocus()
    qtbot.keyClicks(view.achternaam_edit, "el amr")
    qtbot.keyClick(view.achternaam_edit, Qt.Key.Key_Tab)
    assert view.geboortedatum_edit.hasFocus()
    qtbot.keyClicks(view.geboortedatum_edit, "12-03-1984")
    qtbot.keyClick(view.geboortedatum_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.resultaat_label.text() == "1 burger gevonden"
    assert view.tabel.hasFocus()
    with qtbot.waitSignal(view.burger_gekozen) as blokker:
        qtbot.keyClick(view.tabel, Qt.Key.Key_Return)
    assert blokker.args[0].naam == "Fatima El Amrani"


def test_ongeldige_geboortedatum_en_leeg_resultaat(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.collega)
    view.achternaam_edit.setText("El Amrani")
    _typ_en_enter(qtbot, view.geboortedatum_edit, "31-02-1984")
    assert "geen geldige datum" in view.meldingen["geboortedatum"].tekst
    view.geboortedatum_edit.setText("01-01-1990")
    view.zoek_naam()
    qtbot.waitUntil(view.leeg_label.isVisible)
    assert view.resultaat_label.text() == "Geen burger gevonden met deze naam en geboortedatum."


def test_postcode_en_huisnummer(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.collega)
    view.postcode_edit.setText("8011 ab")
    _typ_en_enter(qtbot, view.huisnummer_edit, "12")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)  # Fatima and Youssef live there
    assert view.resultaat_label.text() == "2 burgers gevonden"
    view.postcode_edit.setText("801 AB")
    view.zoek_adres()
    assert view.meldingen["postcode"].tekst == "Vul een postcode in als 1234 AB."


def test_balie_ziet_alleen_zoeken_op_bsn(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.balie)
    assert view.bsn_edit.isVisible()
    assert not view.achternaam_edit.isVisible() and not view.postcode_edit.isVisible()
    assert "alleen op het volledige BSN" in view.uitleg.text()
    view.zoek_vrij("El Amrani 12-03-1984")
    assert "alleen op het volledige BSN" in view.meldingen["bsn"].tekst


def test_vrije_tekst_wordt_herkend() -> None:
    assert ontleed_vrije_tekst("1234 56 782").soort == "bsn"
    adres = ontleed_vrije_tekst("8011 AB 12")
    assert (adres.soort, adres.postcode, adres.huisnummer) == ("adres", "8011 AB", "12")
    naam = ontleed_vrije_tekst("El Amrani 12-03-1984")
    assert (naam.soort, naam.achternaam, naam.geboortedatum) == ("naam", "El Amrani", "12-03-1984")
    assert ontleed_vrije_tekst("Jansen").soort == "onbekend"


def test_labels_hebben_buddies_en_velden_een_naam(maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.begeleider)
    buddies = {label.buddy() for label in view.findChildren(QLabel) if label.buddy() is not None}
    for veld in (
        view.bsn_edit,
        view.achternaam_edit,
        view.geboortedatum_edit,
        view.postcode_edit,
        view.huisnummer_edit,
        view.tabel,
    ):
        assert veld in buddies
        assert veld.accessibleName()
    assert not view.tabel.tabKeyNavigation()


def test_zoeken_via_de_opslag_met_bsn_van_het_huishouden(qtbot, maak_view, huishouden: Huishouden) -> None:
    view = maak_view(huishouden.collega)
    view.zoek_vrij(BSN)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.rij(0).begeleider == "J. de Vries"
