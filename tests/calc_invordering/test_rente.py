"""Invorderingsrente: day count, rate periods across 2025 → 2026, rounding, the € 23 rule and the switch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calc.invoer import Invoerfout
from models.calc.invordering_rente import bereken_invorderingsrente, rente_uit_betaling, rentedagen, rentedelen

D = Decimal


@pytest.mark.parametrize(
    ("van", "tot", "dagen"),
    [
        (dt.date(2025, 9, 15), dt.date(2025, 12, 31), 105),  # 15 (rest of September) + 60 + 30 (December, max 30)
        (dt.date(2025, 12, 31), dt.date(2026, 3, 1), 61),  # 0 + 60 + 1
        (dt.date(2026, 3, 15), dt.date(2026, 4, 15), 31),  # the month of the vervaldag counts its actual days
        (dt.date(2026, 2, 10), dt.date(2026, 3, 10), 28),  # February always 28
        (dt.date(2026, 1, 31), dt.date(2026, 2, 28), 30),  # a whole February is a full month: 30
        (dt.date(2026, 1, 31), dt.date(2026, 2, 27), 27),
        (dt.date(2026, 1, 10), dt.date(2026, 1, 31), 21),  # same month: actual days
        (dt.date(2026, 6, 30), dt.date(2027, 6, 30), 360),
        (dt.date(2026, 5, 1), dt.date(2026, 5, 1), 0),
        (dt.date(2026, 5, 2), dt.date(2026, 5, 1), 0),
    ],
)
def test_rentedagen(van: dt.date, tot: dt.date, dagen: int) -> None:
    assert rentedagen(van, tot) == dagen


def test_rente_over_de_renteverandering_per_periode() -> None:
    # 1000 × (105 dagen × 4% + 61 dagen × 4,3%) / 36.000 = 18,95… → € 18 (art. 32: down to whole euros)
    r = bereken_invorderingsrente(D("1000.00"), dt.date(2025, 9, 15), dt.date(2026, 3, 1))
    assert [(d.dagen, d.percentage) for d in r.delen] == [(105, D("4")), (61, D("4.3"))]
    assert r.exact == D("1000") * (105 * D("4") + 61 * D("4.3")) / 36000
    assert r.bedrag == D("18")


def test_rente_een_jaar_half_om_half() -> None:
    # 180 dagen à 4% + 180 dagen à 4,3% over € 10.000 = 415,00
    r = bereken_invorderingsrente(D("10000.00"), dt.date(2025, 6, 30), dt.date(2026, 6, 30), laatste_betaling=True)
    assert [d.dagen for d in r.delen] == [180, 180]
    assert r.bedrag == D("415")


def test_betaling_eerst_naar_beneden_op_hele_euros() -> None:
    # art. 30 lid 4: € 1.000,99 counts as € 1.000
    assert (
        bereken_invorderingsrente(D("1000.99"), dt.date(2025, 9, 15), dt.date(2026, 3, 1)).exact
        == D("1000") * (105 * D("4") + 61 * D("4.3")) / 36000
    )


def test_laatste_betaling_23_euro_of_minder_niet_in_rekening() -> None:
    r = bereken_invorderingsrente(D("1000.00"), dt.date(2025, 9, 15), dt.date(2026, 3, 1), laatste_betaling=True)
    assert r.bedrag == 0
    assert any("€ 23" in label for label in r.onbevestigde_parameters)


def test_splitsing_van_een_betaling_in_hoofdsom_en_rente() -> None:
    # art. 30 lid 2: rente = betaling × factor / (36.000 + factor); 181 dagen à 4,3% = 778,3 → 1000 × 0,02116… = 21
    factor = 181 * D("4.3")
    assert rente_uit_betaling(D("1000.00"), factor) == D("21")
    assert rente_uit_betaling(D("0.99"), factor) == 0


def test_geen_rente_voor_de_uiterste_betaaldatum() -> None:
    assert bereken_invorderingsrente(D("500.00"), dt.date(2026, 3, 1), dt.date(2026, 2, 1)).bedrag == 0


def test_rente_uit() -> None:
    r = bereken_invorderingsrente(D("10000.00"), dt.date(2025, 1, 1), dt.date(2026, 6, 1), rente=False)
    assert r.bedrag == 0 and r.delen == () and r.rente_berekend is False
    assert r.uitleg[0].waarde is False


def test_geen_percentage_voor_2024_is_een_fout_met_veldnaam() -> None:
    with pytest.raises(Invoerfout) as fout:
        rentedelen(dt.date(2023, 11, 1), dt.date(2024, 3, 1))
    assert fout.value.veld == "uiterste_betaaldatum"


datums = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31))
bedragen = st.decimals(min_value=D("0"), max_value=D("100000"), places=2)


@settings(settings.get_profile("invordering"))
@given(bedrag=bedragen, uiterste=datums, a=datums, b=datums)
def test_rente_niet_negatief_en_monotoon_in_de_tijd(bedrag: D, uiterste: dt.date, a: dt.date, b: dt.date) -> None:
    eerder, later = min(a, b), max(a, b)
    r1 = bereken_invorderingsrente(bedrag, uiterste, eerder)
    r2 = bereken_invorderingsrente(bedrag, uiterste, later)
    assert 0 <= r1.exact <= r2.exact
    assert 0 <= r1.bedrag <= r2.bedrag
    assert rentedagen(uiterste, eerder) <= rentedagen(uiterste, later)


@settings(settings.get_profile("invordering"))
@given(van=datums, tussen=datums, tot=datums)
def test_rentedagen_optelbaar_bij_een_maandeinde(van: dt.date, tussen: dt.date, tot: dt.date) -> None:
    """Splitting at a month end (as at a rate change) never changes the total number of days."""
    grens = (tussen.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if not van <= grens <= tot:
        return
    assert rentedagen(van, grens) + rentedagen(grens, tot) == rentedagen(van, tot)
