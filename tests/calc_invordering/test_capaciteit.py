"""Betalingscapaciteit and the persoonlijke betalingsregeling: hand-computed, with the protected minimum."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calc.betalingsregeling import (
    GEEN_INVORDERINGSMAATREGELEN,
    Capaciteitsinvoer,
    Leefsituatie,
    bereken_betalingscapaciteit,
    persoonlijke_regeling,
)
from models.calc.invoer import Invoerfout

D = Decimal

PEIL_2025 = dt.date(2025, 2, 1)


def alleenstaande(**wijziging: object) -> Capaciteitsinvoer:
    """Single, 2025: net 1.800; rent 700 with 200 huurtoeslag; premium 150 with 120 zorgtoeslag."""
    velden: dict[str, object] = {
        "leefsituatie": Leefsituatie.ALLEENSTAANDE,
        "netto_inkomen": D("1800.00"),
        "woonlasten": D("700.00"),
        "huurtoeslag": D("200.00"),
        "zorgpremie": D("150.00"),
        "zorgtoeslag": D("120.00"),
    }
    velden.update(wijziging)
    return Capaciteitsinvoer(**velden)  # type: ignore[arg-type]


def test_capaciteit_alleenstaande_2025_met_de_hand() -> None:
    c = bereken_betalingscapaciteit(alleenstaande(), PEIL_2025)
    # woonlasten: min(700 − 200, 900,07) − 199,05 = 300,95; zorg: 150 − 0 − 120 = 30
    assert c.uitgaven == D("330.95")
    assert c.netto_besteedbaar == D("1469.05")
    assert c.kosten_van_bestaan == D("1210.91")  # 90% × 1.345,45 = 1.210,905 → up to the cent
    assert c.beschermd_minimum == D("1278.18")  # 95% × 1.345,45 = 1.278,1775 → up (RULES §3.4: 1.278,18)
    assert c.capaciteit == D("190.87")  # 1.469,05 − max(1.210,91; 1.278,18)
    assert c.maximaal_termijnbedrag == D("190.87")
    assert c.weigeringsgronden == ()


def test_onbevestigde_parameters_bij_naam() -> None:
    c = bereken_betalingscapaciteit(alleenstaande(), PEIL_2025)
    namen = " | ".join(c.onbevestigde_parameters)
    for deel in ("Kosten van bestaan", "(90%)", "Beschermd minimum", "(95%)", "minimumbasishuur (eenpersoons)"):
        assert deel in namen
    assert "Bijstandsnorm" not in namen  # the 2025 norms are confirmed ([O])
    assert "kostgangers" not in namen  # not used: no kostgangers
    c26 = bereken_betalingscapaciteit(alleenstaande(), dt.date(2026, 3, 1))
    assert any(
        label.startswith("Bijstandsnorm alleenstaande") and "2026" in label for label in c26.onbevestigde_parameters
    )


@pytest.mark.parametrize(
    ("leefsituatie", "kosten_van_bestaan", "beschermd"),
    [
        (Leefsituatie.GEHUWDEN, "1729.87", "1825.97"),  # 90% / 95% × 1.922,07
        (Leefsituatie.ALLEENSTAANDE_AOW, "1361.46", "1426.02"),  # 90% × 1.501,07 = 1.350,963 → 1.350,97 + 10,49
        (Leefsituatie.GEHUWDEN_AOW, "1869.12", "1950.81"),  # 1.848,14 + 20,98
        (Leefsituatie.GEHUWDEN_EEN_AOW, "1858.63", "1950.81"),  # 1.848,14 + 10,49
        (Leefsituatie.ALLEENSTAANDE_OUDER, "1210.91", "1278.18"),
    ],
)
def test_normen_per_leefsituatie_2025(leefsituatie: Leefsituatie, kosten_van_bestaan: str, beschermd: str) -> None:
    c = bereken_betalingscapaciteit(Capaciteitsinvoer(leefsituatie, netto_inkomen=D("3000.00")), PEIL_2025)
    assert (str(c.kosten_van_bestaan), str(c.beschermd_minimum)) == (kosten_van_bestaan, beschermd)
    assert c.capaciteit == D("3000.00") - max(c.kosten_van_bestaan, c.beschermd_minimum)


def test_juli_2025_hogere_normen() -> None:
    c = bereken_betalingscapaciteit(Capaciteitsinvoer(Leefsituatie.ALLEENSTAANDE), dt.date(2025, 7, 1))
    assert c.beschermd_minimum == D("1300.61")  # 95% × 1.369,06 = 1.300,607 → 1.300,61 (the July norm excl. VT)


def test_weigeringsgronden_vermogen_en_opzet() -> None:
    # Vrijgesteld geld: kosten van bestaan 1.210,91 + woonlasten 700 − 199,05 + zorg 150 = 1.861,86
    c = bereken_betalingscapaciteit(
        alleenstaande(financiele_middelen=D("5000.00"), waarde_auto=D("2000.00"), opzet_of_grove_schuld=True),
        PEIL_2025,
    )
    assert c.vermogen == D("3138.14")
    assert len(c.weigeringsgronden) == 2
    assert "€ 3.138,14" in c.weigeringsgronden[0] and "opzet of grove schuld" in c.weigeringsgronden[1]
    r = persoonlijke_regeling(D("3000.00"), PEIL_2025, c)
    assert r.termijnen == () and r.weigeringsgronden == c.weigeringsgronden


def test_auto_en_inboedel() -> None:
    duur = bereken_betalingscapaciteit(alleenstaande(waarde_auto=D("2270.00"), waarde_inboedel=D("3000.00")), PEIL_2025)
    assert duur.vermogen == D("2270.00") + D("731.00")
    onmisbaar = bereken_betalingscapaciteit(alleenstaande(waarde_auto=D("9000.00"), auto_onmisbaar=True), PEIL_2025)
    assert onmisbaar.vermogen == 0


def test_partnerinkomen_alleen_met_partner() -> None:
    with pytest.raises(Invoerfout) as fout:
        alleenstaande(netto_inkomen_partner=D("100.00"))
    assert fout.value.veld == "capaciteit.netto_inkomen_partner"
    gehuwd = Capaciteitsinvoer(Leefsituatie.GEHUWDEN, netto_inkomen=D("1500.00"), netto_inkomen_partner=D("900.00"))
    assert bereken_betalingscapaciteit(gehuwd, PEIL_2025).inkomen == D("2400.00")


def test_persoonlijk_binnen_24_maanden() -> None:
    r = persoonlijke_regeling(D("3000.00"), PEIL_2025, alleenstaande(), rente=False)
    assert r.termijnbedrag == D("125.00") and r.aantal_termijnen == 24  # the standard amount is below the capacity
    assert r.buiten_beleid == () and r.restant == 0
    assert r.betalingscapaciteit is not None and r.betalingscapaciteit.capaciteit == D("190.87")


def test_persoonlijk_capaciteit_bepaalt_het_termijnbedrag_en_het_restant() -> None:
    r = persoonlijke_regeling(D("6000.00"), PEIL_2025, alleenstaande(), rente=False)
    assert r.termijnbedrag == D("190.87") and r.aantal_termijnen == 24
    assert r.totaal == D("4580.88") and r.restant == D("1419.12")  # 6.000 − 24 × 190,87
    assert r.buiten_beleid == ("stoppen van invorderingsmaatregelen voor het restant van € 1.419,12 na de looptijd",)
    assert any(label.startswith("Looptijd persoonlijke betalingsregeling") for label in r.onbevestigde_parameters)


def test_persoonlijk_langere_looptijd_is_buiten_beleid() -> None:
    r = persoonlijke_regeling(D("6000.00"), PEIL_2025, alleenstaande(), looptijd=36, rente=False)
    assert r.termijnbedrag == D("166.67") and r.aantal_termijnen == 36  # 6.000 / 36 = 166,666… → 166,67
    assert r.termijnen[-1].bedrag == D("166.55") and r.restant == 0
    assert r.buiten_beleid == ("looptijd langer dan 24 maanden (36 termijnen)",)


def test_persoonlijk_termijn_onder_het_minimum_is_buiten_beleid() -> None:
    r = persoonlijke_regeling(D("1000.00"), PEIL_2025, alleenstaande(netto_inkomen=D("1290.23")), rente=False)
    # capacity: 1.290,23 − 330,95 = 959,28, below the protected 1.278,18 → 0
    assert r.conclusie == GEEN_INVORDERINGSMAATREGELEN
    laag = persoonlijke_regeling(D("1000.00"), PEIL_2025, alleenstaande(netto_inkomen=D("1621.18")), rente=False)
    assert laag.termijnbedrag == D("12.05")  # 1.621,18 − 330,95 − 1.278,18
    assert "termijnbedrag € 12,05 lager dan het minimum van € 20,00 per maand" in laag.buiten_beleid


def test_capaciteit_te_laag_geeft_geen_invorderingsmaatregelen() -> None:
    r = persoonlijke_regeling(D("2500.00"), PEIL_2025, alleenstaande(netto_inkomen=D("1200.00")))
    assert r.conclusie == "geen invorderingsmaatregelen (betalingscapaciteit te laag)"
    assert r.termijnen == () and r.restant == D("2500.00")
    assert "kwijtschelding" in r.uitleg[-2].omschrijving  # "Dit is geen kwijtschelding"
    assert r.buiten_beleid == ("stoppen van invorderingsmaatregelen voor € 2.500,00: betalingscapaciteit te laag",)


@settings(settings.get_profile("invordering"))
@given(
    schuld=st.decimals(min_value=D("0.01"), max_value=D("30000"), places=2),
    inkomen=st.decimals(min_value=0, max_value=D("4000"), places=2),
    woonlasten=st.decimals(min_value=0, max_value=D("1200"), places=2),
    leefsituatie=st.sampled_from(list(Leefsituatie)),
    looptijd=st.integers(min_value=1, max_value=60),
    peildatum=st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
    rente_in_termijnen=st.booleans(),
)
def test_nooit_minder_dan_het_beschermde_minimum(
    schuld: D,
    inkomen: D,
    woonlasten: D,
    leefsituatie: Leefsituatie,
    looptijd: int,
    peildatum: dt.date,
    rente_in_termijnen: bool,
) -> None:
    invoer = Capaciteitsinvoer(leefsituatie, netto_inkomen=inkomen, woonlasten=woonlasten)
    r = persoonlijke_regeling(schuld, peildatum, invoer, looptijd=looptijd, rente_in_termijnen=rente_in_termijnen)
    c = r.betalingscapaciteit
    assert c is not None
    assert 0 <= c.maximaal_termijnbedrag <= c.capaciteit
    assert r.termijnbedrag <= c.maximaal_termijnbedrag
    for termijn in r.termijnen:
        assert 0 < termijn.bedrag <= c.capaciteit
        assert c.netto_besteedbaar - termijn.bedrag >= max(c.beschermd_minimum, c.kosten_van_bestaan)
    assert r.aantal_termijnen <= looptijd
    if not r.termijnen:
        assert r.conclusie == GEEN_INVORDERINGSMAATREGELEN
    assert r.totaal + r.restant == schuld + sum((t.invorderingsrente for t in r.termijnen), D(0))


def test_kostgangers_ten_hoogste_30_dagen_het_dagbedrag() -> None:
    c = bereken_betalingscapaciteit(alleenstaande(kostgangerskosten=D("400.00")), PEIL_2025)
    assert c.uitgaven == D("330.95") + D("313.50")  # 30 × € 10,45
    assert any(label.startswith("Maximale kosten kostgangers") for label in c.onbevestigde_parameters)
