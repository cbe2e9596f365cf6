"""The collection parameters: complete, sourced, consistent with the toeslagen parameters."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from models.calc.invoer import Invoerfout
from models.calc.parameters import parameters
from models.calc.parameters.basis import Status
from models.calc.parameters_invordering import RENTEPERIODES, invorderingsparameters

D = Decimal

PEILDATA = [dt.date(2024, 1, 1), dt.date(2025, 1, 1), dt.date(2025, 7, 1), dt.date(2026, 1, 1), dt.date(2026, 12, 31)]


@pytest.mark.parametrize("peildatum", PEILDATA)
def test_elke_waarde_heeft_bron_eenheid_en_status(peildatum: dt.date) -> None:
    ps = invorderingsparameters(peildatum)
    assert ps.jaar == peildatum.year
    for p in ps:
        assert p.bron and p.eenheid and p.status in (Status.BEVESTIGD, Status.ONBEVESTIGD)
        assert p.label.startswith(p.naam)


def test_de_set_volgt_de_peildatum() -> None:
    assert invorderingsparameters(dt.date(2025, 6, 30))["norm.alleenstaande"].waarde == D("1345.45")
    assert invorderingsparameters(dt.date(2025, 7, 1))["norm.alleenstaande"].waarde == D("1369.06")
    assert "spijt.termijnen" not in invorderingsparameters(dt.date(2025, 12, 31))
    assert invorderingsparameters(dt.date(2026, 1, 1))["spijt.termijnen"].waarde == 24
    for buiten in (dt.date(2023, 12, 31), dt.date(2030, 1, 1)):
        with pytest.raises(Invoerfout):
            invorderingsparameters(buiten)


def test_na_2026_worden_de_waarden_voortgezet_en_onbevestigd() -> None:
    ps = invorderingsparameters(dt.date(2027, 3, 1))
    assert ps.jaar == 2027
    assert ps["norm.alleenstaande"].waarde == invorderingsparameters(dt.date(2026, 12, 31))["norm.alleenstaande"].waarde
    assert all(p.onbevestigd for p in ps)
    assert "Voor 2027 nog niet vastgelegd" in ps["inv.termijn_minimum"].bron


def test_onbevestigd_zoals_de_opdracht_zegt() -> None:
    ps = invorderingsparameters(dt.date(2026, 1, 1))
    for sleutel in ("pbr.kosten_van_bestaan", "bvv.percentage", "norm.alleenstaande", "norm.gehuwden_aow"):
        assert ps[sleutel].onbevestigd, sleutel
    for sleutel in ("inv.termijn_minimum", "inv.termijnen_maximum", "pbr.woonlasten_maximum"):
        assert not ps[sleutel].onbevestigd, sleutel
    assert not invorderingsparameters(dt.date(2025, 1, 1))["norm.alleenstaande"].onbevestigd


def test_renteperiodes_aaneengesloten() -> None:
    assert [(p.van, p.percentage) for p in RENTEPERIODES] == [
        (dt.date(2024, 1, 1), D("4")),
        (dt.date(2026, 1, 1), D("4.3")),
    ]
    for eerder, later in itertools.pairwise(RENTEPERIODES):
        assert eerder.tot is not None and eerder.tot + dt.timedelta(days=1) == later.van
    assert RENTEPERIODES[-1].tot is None


@pytest.mark.parametrize(
    ("jaar", "drempel_ep", "drempel_mp"),
    [(2025, "ht.minimum_basishuur.ep", "ht.minimum_basishuur.mp"), (2026, "ht.basishuur.ep", "ht.basishuur.mp")],
)
def test_woonlastengrenzen_gelijk_aan_de_huurtoeslagparameters(jaar: int, drempel_ep: str, drempel_mp: str) -> None:
    eigen, huurtoeslag = invorderingsparameters(dt.date(jaar, 1, 1)), parameters(jaar)
    assert eigen["pbr.woonlasten_maximum"].waarde == huurtoeslag["ht.maximale_huurgrens"].waarde
    assert eigen["pbr.woonlasten_drempel.ep"].waarde == huurtoeslag[drempel_ep].waarde
    assert eigen["pbr.woonlasten_drempel.mp"].waarde == huurtoeslag[drempel_mp].waarde
    assert (
        invorderingsparameters(dt.date(2024, 1, 1))["pbr.woonlasten_maximum"].waarde
        == parameters(2024)["ht.maximale_huurgrens"].waarde
    )
