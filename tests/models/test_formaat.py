"""Dutch display formats (UI.md "Formats"), and agreement with the calculation core's own formatter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import formaat


@pytest.mark.parametrize(
    ("bedrag", "tekst"),
    [
        (Decimal("1234.56"), "€ 1.234,56"),
        (Decimal("-250"), "−€ 250,00"),
        (Decimal("0"), "€ 0,00"),
        (Decimal("1000000"), "€ 1.000.000,00"),
        (None, "–"),
    ],
)
def test_euro(bedrag: Decimal | None, tekst: str) -> None:
    assert formaat.euro(bedrag) == tekst


def test_hele_euros_en_engels() -> None:
    assert formaat.euro_heel(Decimal(129)) == "€ 129"
    assert formaat.euro_heel(Decimal(1234)) == "€ 1.234"
    assert formaat.euro(Decimal("1234.5"), "en") == "€1,234.50"
    assert formaat.euro_heel(Decimal(437), "en") == "€437"


def test_datums_en_relatief() -> None:
    assert formaat.datum(dt.date(2026, 12, 31)) == "31-12-2026"
    assert formaat.maand(dt.date(2026, 12, 1)) == "december 2026"
    assert formaat.relatieve_dagen(0) == "vandaag"
    assert formaat.relatieve_dagen(3, werkdagen=True) == "over 3 werkdagen"
    assert formaat.relatieve_dagen(-1) == "1 dag te laat"
    assert formaat.procent(Decimal("95.3")) == "95,3%"
    assert formaat.getal(Decimal("1234.5"), 1) == "1.234,5"


@given(st.decimals(min_value=-10_000_000, max_value=10_000_000, places=2, allow_nan=False, allow_infinity=False))
def test_calc_formatter_geeft_hetzelfde(bedrag: Decimal) -> None:
    from models.calc.formaat import euro as calc_euro

    assert calc_euro(bedrag) == formaat.euro(bedrag)
