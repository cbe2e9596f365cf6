"""Standard arrangement and spijtoptantenregeling: hand-computed schedules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.calc.betalingsregeling import Pauze, Soort, Vordering, spijtoptantregeling, standaardregeling
from models.calc.invordering_basis import maand_later, maanden_verstreken

D = Decimal

START = dt.date(2026, 2, 1)


def bedragen(regeling) -> list[str]:
    return [str(t.bedrag) for t in regeling.termijnen]


def test_duizend_euro_geeft_24_termijnen_met_restant_in_de_laatste() -> None:
    r = standaardregeling(D("1000.00"), START, rente=False)
    assert r.termijnbedrag == D("41.67")
    assert r.aantal_termijnen == 24
    assert bedragen(r) == ["41.67"] * 23 + ["41.59"]
    assert r.termijnen[0].vervaldatum == START
    assert r.termijnen[-1].vervaldatum == dt.date(2028, 1, 1)
    assert r.totaal == D("1000.00")
    assert r.buiten_beleid == () and r.weigeringsgronden == ()


def test_driehonderd_euro_geeft_15_termijnen_van_het_minimum() -> None:
    r = standaardregeling(D("300.00"), START)
    assert bedragen(r) == ["20.00"] * 15


@pytest.mark.parametrize(
    ("schuld", "termijnbedrag", "aantal", "laatste"),
    [
        ("480.00", "20.00", 24, "20.00"),  # exactly 24 × the minimum
        ("481.00", "20.05", 24, "19.85"),  # 481 / 24 = 20.041… → 20.05; 481 − 23 × 20.05
        ("19.99", "19.99", 1, "19.99"),  # below € 20: one instalment
        ("20.00", "20.00", 1, "20.00"),
        ("20.01", "20.00", 2, "0.01"),
        ("12345.67", "514.41", 24, "514.24"),  # 12345.67 / 24 = 514.402… → 514.41; − 23 × 514.41
    ],
)
def test_termijnbedrag_en_laatste_termijn(schuld: str, termijnbedrag: str, aantal: int, laatste: str) -> None:
    r = standaardregeling(D(schuld), START, rente=False)
    assert (str(r.termijnbedrag), r.aantal_termijnen, str(r.termijnen[-1].bedrag)) == (termijnbedrag, aantal, laatste)
    assert r.totaal == D(schuld)


def test_vervaldata_ankeren_op_de_startdag_ook_na_korte_maanden() -> None:
    r = standaardregeling(D("100.00"), dt.date(2026, 1, 31), rente=False)
    assert [t.vervaldatum for t in r.termijnen] == [
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 31),
    ]
    assert maand_later(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)  # leap year
    assert maand_later(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_maanden_na_de_uiterste_betaaldatum_gaan_van_de_24_af() -> None:
    # Uiterste betaaldatum 15 January, start 15 April: January, February, March have passed → 21 left.
    vordering = Vordering("HT 2024", D("1000.00"), dt.date(2026, 1, 15))
    r = standaardregeling([vordering], dt.date(2026, 4, 15), rente=False)
    assert r.aantal_termijnen == 21
    assert r.termijnbedrag == D("47.62")  # 1000 / 21 = 47.619… → 47.62
    assert r.termijnen[-1].bedrag == D("47.60")  # 1000 − 20 × 47.62
    assert maanden_verstreken(dt.date(2026, 1, 15), dt.date(2026, 1, 15)) == 0
    assert maanden_verstreken(dt.date(2026, 1, 15), dt.date(2026, 1, 16)) == 1
    assert maanden_verstreken(dt.date(2026, 1, 15), dt.date(2026, 2, 15)) == 1


def test_samenvoegen_telt_kosten_rente_en_hoofdsom_en_betaalt_de_oudste_eerst() -> None:
    oud = Vordering("ZT 2023", D("100.00"), dt.date(2025, 12, 1), rente=D("5.00"), kosten=D("18.00"))
    nieuw = Vordering("HT 2024", D("377.00"), dt.date(2026, 2, 1))
    r = standaardregeling([nieuw, oud], START, rente=False)
    assert r.schuld == D("500.00")
    assert r.termijnbedrag == D("20.84")  # 500 / 24 = 20.833… → 20.84
    eerste = r.termijnen[0]
    assert (eerste.kosten, eerste.rente, eerste.hoofdsom) == (D("18.00"), D("2.84"), D("0.00"))
    assert r.termijnen[1].rente == D("2.16") and r.termijnen[1].hoofdsom == D("18.68")
    assert r.totaal == D("500.00")


def test_samenvoegen_over_schuldenaren_is_buiten_beleid() -> None:
    a = Vordering("HT", D("300.00"), START, schuldenaar="aanvrager")
    b = Vordering("KOT", D("300.00"), START, schuldenaar="partner")
    r = standaardregeling([a, b], START)
    assert r.buiten_beleid == ("samenvoegen van vorderingen van verschillende schuldenaren (aanvrager, partner)",)


def test_pauze_schuift_de_termijnen_op_en_is_buiten_beleid() -> None:
    r = standaardregeling(D("1000.00"), START, pauzes=[Pauze(dt.date(2026, 5, 1), 2)], rente=False)
    data = [t.vervaldatum for t in r.termijnen]
    assert data[:5] == [START, dt.date(2026, 3, 1), dt.date(2026, 4, 1), dt.date(2026, 7, 1), dt.date(2026, 8, 1)]
    assert data[-1] == dt.date(2028, 3, 1)
    assert bedragen(r) == ["41.67"] * 23 + ["41.59"]
    assert r.buiten_beleid == ("pauze van 2 maanden vanaf 1 mei 2026",)


def test_pauze_laat_de_rente_doorlopen() -> None:
    zonder = standaardregeling(D("5000.00"), START)
    met = standaardregeling(D("5000.00"), START, pauzes=[Pauze(dt.date(2026, 5, 1), 3)])
    assert met.invorderingsrente > zonder.invorderingsrente


def test_rente_in_de_termijnen_verhoogt_het_termijnbedrag_binnen_24_maanden() -> None:
    r = standaardregeling(D("10000.00"), START, rente_in_termijnen=True)
    assert r.aantal_termijnen <= 24
    assert r.termijnbedrag > D("416.67")
    assert r.totaal == D("10000.00") + r.invorderingsrente
    assert r.invorderingsrente > 0


def test_rente_apart_komt_bovenop_de_termijnen() -> None:
    r = standaardregeling(D("10000.00"), START)
    assert r.totaal == D("10000.00")
    assert r.invorderingsrente > 0
    assert any(s.stap == "Invorderingsrente" and "komt erbovenop" in s.omschrijving for s in r.uitleg)


def test_rente_uit_staat_in_de_uitleg() -> None:
    r = standaardregeling(D("10000.00"), START, rente=False)
    assert r.invorderingsrente == 0
    assert r.uitleg[0].stap == "Rente berekenen" and r.uitleg[0].waarde is False
    assert "DOMAIN §11 punt 20" in r.uitleg[0].grondslag


def test_dwanginvordering_laat_alleen_de_spijtoptantenregeling_toe() -> None:
    r = standaardregeling(D("1000.00"), START, dwanginvordering=True)
    assert r.termijnen == () and r.weigeringsgronden
    s = spijtoptantregeling(D("1000.00"), START, dwanginvordering=True)
    assert s.soort is Soort.SPIJTOPTANT and s.weigeringsgronden == ()
    assert bedragen(s) == ["41.67"] * 23 + ["41.59"]


def test_spijtoptant_altijd_24_maanden_ook_lang_na_de_uiterste_betaaldatum() -> None:
    oud = Vordering("HT 2022", D("1000.00"), dt.date(2023, 12, 1))
    assert standaardregeling([oud], START, rente=False).aantal_termijnen == 1  # the 24 months have passed
    assert spijtoptantregeling([oud], START, rente=False).aantal_termijnen == 24


def test_spijtoptant_pas_vanaf_2026() -> None:
    r = spijtoptantregeling(D("1000.00"), dt.date(2025, 12, 1))
    assert r.termijnen == ()
    assert r.weigeringsgronden == ("de spijtoptantenregeling geldt pas vanaf 1 januari 2026",)


def test_elke_stap_heeft_een_grondslag_behalve_de_conclusie() -> None:
    r = standaardregeling(D("1000.00"), START)
    assert all(s.grondslag for s in r.uitleg)
    assert r.conclusie == "standaardregeling: 24 termijnen van € 41,67 vanaf 1 februari 2026, de laatste € 41,59"
