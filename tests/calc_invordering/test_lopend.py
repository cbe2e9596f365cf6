"""Changes to a running arrangement and verrekening with a running toeslag (RULES §3.2, §4.5)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.calc.betalingsregeling import (
    Capaciteitsinvoer,
    Leefsituatie,
    LopendeRegeling,
    Soort,
    Vordering,
    herbereken_capaciteit,
    pauzeer,
    verleng,
    verreken_voorschot,
    voeg_vorderingen_toe,
)

D = Decimal

VOLGENDE = dt.date(2026, 6, 1)
OPEN = Vordering("HT 2024", D("600.00"), dt.date(2026, 1, 1), schuldenaar="aanvrager")


def lopend(soort: Soort = Soort.STANDAARD, termijnbedrag: str = "50.00", betaald: int = 4) -> LopendeRegeling:
    """A standard arrangement of € 50 a month, 4 paid, € 600 still open, next due date 1 June 2026."""
    return LopendeRegeling(soort, (OPEN,), D(termijnbedrag), VOLGENDE, betaalde_termijnen=betaald)


def test_verrekening_voorbeeld_4_5() -> None:
    r = verreken_voorschot(D("600.00"), D("150.00"), dt.date(2026, 3, 1), rente=False)
    assert r.soort is Soort.VERREKENING
    assert [t.bedrag for t in r.termijnen] == [D("25.00")] * 24
    assert r.uitbetaling_per_maand == D("125.00")
    assert r.naar_dict()["uitbetaling_per_maand"] == "125.00"


def test_verrekening_minimaal_20_en_niet_boven_de_toeslag() -> None:
    assert verreken_voorschot(D("300.00"), D("150.00"), dt.date(2026, 3, 1)).termijnbedrag == D("20.00")
    te_laag = verreken_voorschot(D("600.00"), D("19.99"), dt.date(2026, 3, 1))
    assert te_laag.termijnen == () and "lager dan € 20,00" in te_laag.weigeringsgronden[0]
    gelijk = verreken_voorschot(D("2400.00"), D("100.00"), dt.date(2026, 3, 1))
    assert "niet hoger dan de inhouding € 100,00" in gelijk.weigeringsgronden[0]
    andere = verreken_voorschot(D("600.00"), D("150.00"), dt.date(2026, 3, 1), zelfde_toeslag=False)
    assert andere.weigeringsgronden == ("verrekening met een lopende toeslag kan alleen met dezelfde toeslag",)


def test_verrekening_laat_het_beschermde_minimum() -> None:
    # Capacity 2025: 1.290,23 − 1.278,18 = 12,05 per month: the deduction is limited to it, the term longer.
    cap = Capaciteitsinvoer(Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1290.23"))
    r = verreken_voorschot(D("600.00"), D("150.00"), dt.date(2025, 3, 1), capaciteit=cap, rente=False)
    assert r.termijnbedrag == D("12.05") and r.uitbetaling_per_maand == D("137.95")
    assert r.aantal_termijnen == 50 and r.termijnen[-1].bedrag == D("9.55")  # 600 − 49 × 12,05
    assert "looptijd langer dan 24 maanden (50 termijnen)" in r.buiten_beleid
    assert "termijnbedrag € 12,05 lager dan het minimum van € 20,00 per maand" in r.buiten_beleid
    geen = verreken_voorschot(
        D("600.00"), D("150.00"), dt.date(2025, 3, 1), capaciteit=Capaciteitsinvoer(Leefsituatie.ALLEENSTAANDE)
    )
    assert geen.conclusie == "geen invorderingsmaatregelen (betalingscapaciteit te laag)"


def test_pauze_in_een_lopende_regeling() -> None:
    r = pauzeer(lopend(), 2, rente=False)
    assert [t.vervaldatum for t in r.termijnen][:2] == [dt.date(2026, 8, 1), dt.date(2026, 9, 1)]
    assert [t.bedrag for t in r.termijnen] == [D("50.00")] * 12
    assert r.buiten_beleid == ("pauze van 2 maanden vanaf 1 juni 2026",)


def test_pauze_rente_loopt_door() -> None:
    zonder = pauzeer(lopend(termijnbedrag="25.00"), 1)
    met = pauzeer(lopend(termijnbedrag="25.00"), 6)
    assert met.invorderingsrente >= zonder.invorderingsrente
    assert any(s.stap == "Pauze" and "loopt door" in s.omschrijving for s in met.uitleg)


def test_verlenging_verdeelt_het_restant_over_meer_maanden() -> None:
    r = verleng(lopend(), 12, rente=False)  # 600 / 50 = 12 left, + 12 = 24
    assert r.termijnbedrag == D("25.00") and r.aantal_termijnen == 24
    assert r.buiten_beleid == ("looptijd langer dan 24 maanden (28 termijnen)",)  # 4 paid + 24
    kort = verleng(lopend(betaald=0), 12, rente=False)
    assert kort.buiten_beleid == ()


def test_verlenging_nooit_hoger_en_niet_onder_het_minimum() -> None:
    r = verleng(lopend(termijnbedrag="30.00"), 24, rente=False)  # 600 / (20 + 24) = 13,64 → minimum € 20
    assert r.termijnbedrag == D("20.00") and r.aantal_termijnen == 30


def test_nieuwe_vordering_toevoegen_standaard() -> None:
    nieuw = Vordering("ZT 2025", D("900.00"), dt.date(2026, 5, 1), schuldenaar="aanvrager")
    r = voeg_vorderingen_toe(lopend(), [nieuw], rente=False)
    assert r.schuld == D("1500.00")
    assert r.termijnbedrag == D("62.50") and r.aantal_termijnen == 24  # max(50, 1.500 / 24)
    assert r.termijnen[0].vervaldatum == VOLGENDE
    assert r.termijnen[0].hoofdsom == D("62.50")  # the oldest claim (HT 2024) is paid first
    assert r.buiten_beleid == ("looptijd langer dan 24 maanden (28 termijnen)",)


def test_nieuwe_vordering_houdt_het_huidige_bedrag_als_dat_hoger_is() -> None:
    nieuw = Vordering("ZT 2025", D("100.00"), dt.date(2026, 5, 1))
    r = voeg_vorderingen_toe(lopend(betaald=0), [nieuw], rente=False)
    assert r.termijnbedrag == D("50.00") and r.aantal_termijnen == 14 and r.buiten_beleid == ()


def test_nieuwe_vordering_persoonlijk_houdt_het_termijnbedrag() -> None:
    nieuw = Vordering("KOT 2025", D("1200.00"), dt.date(2026, 5, 1), schuldenaar="partner")
    r = voeg_vorderingen_toe(lopend(Soort.PERSOONLIJK, "40.00"), [nieuw], rente=False)
    assert r.termijnbedrag == D("40.00") and r.aantal_termijnen == 45  # 1.800 / 40
    assert r.buiten_beleid == (
        "looptijd langer dan 24 maanden (49 termijnen)",
        "samenvoegen van vorderingen van verschillende schuldenaren (aanvrager, partner)",
    )


def test_herberekening_na_inkomenswijziging() -> None:
    # 2026: single, net 1.500, no costs: 1.500 − 95% × 1.398,53 (= 1.328,61) = 171,39 per month.
    cap = Capaciteitsinvoer(Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1500.00"))
    r = herbereken_capaciteit(lopend(Soort.PERSOONLIJK, "20.00"), cap, rente=False)
    assert r.betalingscapaciteit is not None and r.betalingscapaciteit.capaciteit == D("171.39")
    assert r.termijnbedrag == D("30.00") and r.aantal_termijnen == 20  # 600 / (24 − 4)
    assert r.uitleg[0].stap == "Lopende regeling" and r.uitleg[1].waarde == 20
    lager = herbereken_capaciteit(
        lopend(Soort.PERSOONLIJK, "20.00"), Capaciteitsinvoer(Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1338.61"))
    )
    assert lager.termijnbedrag == D("10.00")  # 1.338,61 − 1.328,61
    assert lager.restant == D("400.00")  # 20 months × 10 paid off 200
