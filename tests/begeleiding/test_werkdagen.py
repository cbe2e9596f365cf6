"""Dutch working days: Easter and the holidays that depend on it (2024–2027), the fixed ones, and counting."""

from __future__ import annotations

import datetime as dt

import pytest

from models.services.werkdagen import (
    feestdagen,
    feestdagnaam,
    is_werkdag,
    pasen,
    volgende_werkdag,
    werkdagen_na,
    werkdagen_tussen,
)

D = dt.date


@pytest.mark.parametrize(
    ("jaar", "paasdag"),
    [
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2000, D(2000, 4, 23)),
        (2038, D(2038, 4, 25)),
    ],
)
def test_pasen(jaar: int, paasdag: dt.date) -> None:
    assert pasen(jaar) == paasdag


@pytest.mark.parametrize(
    ("jaar", "verwacht"),
    [
        (
            2024,
            {D(2024, 4, 1): "Tweede Paasdag", D(2024, 5, 9): "Hemelvaartsdag", D(2024, 5, 20): "Tweede Pinksterdag"},
        ),
        (
            2025,
            {D(2025, 4, 21): "Tweede Paasdag", D(2025, 5, 29): "Hemelvaartsdag", D(2025, 6, 9): "Tweede Pinksterdag"},
        ),
        (
            2026,
            {D(2026, 4, 6): "Tweede Paasdag", D(2026, 5, 14): "Hemelvaartsdag", D(2026, 5, 25): "Tweede Pinksterdag"},
        ),
        (
            2027,
            {D(2027, 3, 29): "Tweede Paasdag", D(2027, 5, 6): "Hemelvaartsdag", D(2027, 5, 17): "Tweede Pinksterdag"},
        ),
    ],
)
def test_paasafhankelijke_feestdagen(jaar: int, verwacht: dict[dt.date, str]) -> None:
    dagen = feestdagen(jaar)
    for datum, naam in verwacht.items():
        assert dagen[datum] == naam
        assert not is_werkdag(datum)


@pytest.mark.parametrize("jaar", [2024, 2025, 2026, 2027])
def test_vaste_feestdagen_en_bevrijdingsdag_elk_jaar(jaar: int) -> None:
    dagen = feestdagen(jaar)
    for datum in (D(jaar, 1, 1), D(jaar, 5, 5), D(jaar, 12, 25), D(jaar, 12, 26)):
        assert datum in dagen
        assert not is_werkdag(datum)


def test_koningsdag_schuift_naar_zaterdag_als_27_april_een_zondag_is() -> None:
    assert D(2025, 4, 27).weekday() == 6
    assert feestdagnaam(D(2025, 4, 26)) == "Koningsdag"
    assert feestdagnaam(D(2025, 4, 27)) is None
    assert feestdagnaam(D(2026, 4, 27)) == "Koningsdag"
    assert not is_werkdag(D(2026, 4, 27))  # a Monday


def test_goede_vrijdag_is_een_werkdag() -> None:
    goede_vrijdag = pasen(2026) - dt.timedelta(days=2)
    assert goede_vrijdag == D(2026, 4, 3)
    assert is_werkdag(goede_vrijdag)
    assert feestdagnaam(goede_vrijdag) is None


def test_weekend_is_geen_werkdag() -> None:
    assert not is_werkdag(D(2026, 11, 28))
    assert not is_werkdag(D(2026, 11, 29))
    assert is_werkdag(D(2026, 11, 27))
    assert volgende_werkdag(D(2026, 11, 28)) == D(2026, 11, 30)
    assert volgende_werkdag(D(2026, 11, 27)) == D(2026, 11, 27)


@pytest.mark.parametrize(
    ("van", "aantal", "tot"),
    [
        (D(2026, 5, 22), 5, D(2026, 6, 1)),  # Friday before Pentecost: Tweede Pinksterdag skipped
        (D(2026, 5, 13), 5, D(2026, 5, 21)),  # over Hemelvaartsdag
        (D(2026, 4, 2), 5, D(2026, 4, 10)),  # Goede Vrijdag counts, Tweede Paasdag does not
        (D(2026, 12, 23), 6, D(2027, 1, 4)),  # Christmas and New Year
        (D(2025, 4, 24), 5, D(2025, 5, 1)),  # Koningsdag 2025 on Saturday: no effect
        (D(2026, 4, 30), 5, D(2026, 5, 8)),  # Bevrijdingsdag 2026 (Tuesday)
        (D(2026, 11, 28), 1, D(2026, 11, 30)),  # from a Saturday
        (D(2026, 11, 27), 0, D(2026, 11, 27)),
    ],
)
def test_werkdagen_na(van: dt.date, aantal: int, tot: dt.date) -> None:
    assert werkdagen_na(van, aantal) == tot
    assert werkdagen_tussen(van, tot) == aantal


def test_werkdagen_tussen_is_negatief_terug_in_de_tijd() -> None:
    assert werkdagen_tussen(D(2026, 6, 1), D(2026, 5, 22)) == -5


def test_negatief_aantal_werkdagen_is_een_fout() -> None:
    with pytest.raises(ValueError, match="negatief"):
        werkdagen_na(D(2026, 1, 5), -1)
