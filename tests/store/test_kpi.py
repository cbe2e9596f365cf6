"""The dashboard's KPI store on SQLite and PostgreSQL: exact figures, trends and drill-downs of a hand-built
population (`tests/store/kpi_hulp.py`), and the role check."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import formaat
from models.store.fouten import GeenToegang
from models.store.kpi import KpiRepository, maanden
from models.store.opslag import Opslag
from models.store.rows_kpi import Dashboardcijfers, KpiSleutel, percentage
from tests.store.kpi_hulp import PEILDATUM, Scenario, bouw_scenario

D = Decimal


@pytest.fixture
def scenario(opslag: Opslag) -> Scenario:
    return bouw_scenario(opslag)


@pytest.fixture
def cijfers(opslag: Opslag, scenario: Scenario) -> Dashboardcijfers:
    return KpiRepository(opslag).cijfers(scenario.supervisor, PEILDATUM)


def _trend(cijfers: Dashboardcijfers, sleutel: KpiSleutel) -> dict[dt.date, tuple[int, int | None]]:
    return {p.maand: (p.teller, p.noemer) for p in cijfers.kpi(sleutel).trend}


def test_maanden_en_percentage() -> None:
    assert maanden(dt.date(2026, 2, 14), 3) == [dt.date(2025, 12, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1)]
    assert len(maanden(PEILDATUM)) == 12 and maanden(PEILDATUM)[0] == dt.date(2025, 12, 1)
    assert percentage(1, 3) == D("33.3")
    assert percentage(2, 3) == D("66.7")
    assert percentage(0, 0) is None
    assert [formaat.maand_kort(dt.date(2026, m, 1)) for m in (3, 5, 10)] == ["mrt", "mei", "okt"]


def test_hoge_terugvordering(cijfers: Dashboardcijfers) -> None:
    k = cijfers.kpi(KpiSleutel.GEEN_HOGE_TERUGVORDERING)
    assert (k.teller, k.noemer, k.waarde) == (3, 5, D("60.0"))
    assert k.norm is not None and k.norm.waarde == D(94) and k.gehaald is False
    assert (k.van, k.tot) == (dt.date(2025, 12, 1), PEILDATUM)
    trend = _trend(cijfers, KpiSleutel.GEEN_HOGE_TERUGVORDERING)
    assert trend[dt.date(2026, 5, 1)] == (1, 2)
    assert trend[dt.date(2026, 6, 1)] == (1, 2)
    assert trend[dt.date(2026, 7, 1)] == (1, 1)
    assert trend[dt.date(2025, 12, 1)] == (0, 0)
    assert [p.waarde for p in k.trend if p.maand.month in (5, 7)] == [D("50.0"), D("100.0")]
    assert k.trend[0].waarde is None  # nothing decided in December: no figure, not 0%
    per_toeslag = {u.label: u.aantal for u in k.uitsplitsing}
    assert per_toeslag == {"Zorgtoeslag": 0, "Huurtoeslag": 1, "Kindgebonden budget": 0, "Kinderopvangtoeslag": 1}


def test_bezwaren(cijfers: Dashboardcijfers) -> None:
    k = cijfers.kpi(KpiSleutel.BEZWAREN_OP_TIJD)
    assert (k.teller, k.noemer, k.waarde, k.gehaald) == (1, 2, D("50.0"), False)
    assert _trend(cijfers, KpiSleutel.BEZWAREN_OP_TIJD)[dt.date(2026, 4, 1)] == (1, 1)
    assert _trend(cijfers, KpiSleutel.BEZWAREN_OP_TIJD)[dt.date(2026, 5, 1)] == (0, 1)
    assert {u.label: u.aantal for u in k.uitsplitsing} == {
        "op tijd": 1,
        "te laat": 1,
        "beslistermijn verstreken": 1,
        "binnen de beslistermijn": 1,
    }


def test_intakes(cijfers: Dashboardcijfers) -> None:
    k = cijfers.kpi(KpiSleutel.INTAKES_OP_TIJD)
    assert (k.teller, k.noemer, k.waarde) == (1, 3, D("33.3"))
    assert k.norm is None and k.gehaald is None and "5 werkdagen" in k.geen_norm
    assert _trend(cijfers, KpiSleutel.INTAKES_OP_TIJD)[dt.date(2026, 3, 1)] == (1, 2)
    assert _trend(cijfers, KpiSleutel.INTAKES_OP_TIJD)[dt.date(2026, 11, 1)] == (0, 1)
    assert {u.label: u.aantal for u in k.uitsplitsing} == {
        "op tijd gebeld": 1,
        "te laat gebeld": 1,
        "nog niet gebeld, termijn verstreken": 1,
        "termijn loopt nog": 1,
    }


def test_gemiste_termijnen_en_regelingen(cijfers: Dashboardcijfers) -> None:
    k = cijfers.kpi(KpiSleutel.GEMISTE_TERMIJNEN)
    assert (k.waarde, k.teller, k.noemer) == (D(2), 2, 11)
    trend = _trend(cijfers, KpiSleutel.GEMISTE_TERMIJNEN)
    assert trend[dt.date(2026, 4, 1)] == (1, None) and trend[dt.date(2026, 6, 1)] == (1, None)
    assert sum(t for t, _n in trend.values()) == 2
    assert [(u.label, u.aantal) for u in k.uitsplitsing] == [("Persoonlijke betalingsregeling", 2)]

    r = cijfers.kpi(KpiSleutel.REGELINGEN)
    assert (r.waarde, r.noemer) == (D(1), 2)
    assert {(u.groep, u.label, u.aantal) for u in r.uitsplitsing} == {
        ("Persoonlijke betalingsregeling", "actief", 1),
        ("Standaard (24 maanden)", "afgelost", 1),
    }
    assert _trend(cijfers, KpiSleutel.REGELINGEN)[dt.date(2026, 1, 1)] == (1, None)
    assert sum(p.teller for p in r.trend) == 1


def test_signalen(cijfers: Dashboardcijfers) -> None:
    k = cijfers.kpi(KpiSleutel.SIGNALEN)
    assert k.waarde == D(4)
    per_type = {u.label: u.aantal for u in k.uitsplitsing if u.groep == "Per type"}
    assert per_type == {"Dreigende hoge terugvordering": 1, "Stapeling van schulden": 2, "Mogelijk niet-gebruik": 1}
    per_leeftijd = [u.aantal for u in k.uitsplitsing if u.groep == "Per leeftijd"]
    assert per_leeftijd == [1, 1, 1, 1]
    trend = _trend(cijfers, KpiSleutel.SIGNALEN)
    assert trend[dt.date(2026, 10, 1)] == (1, None) and trend[dt.date(2026, 11, 1)] == (3, None)


def test_caseload(cijfers: Dashboardcijfers) -> None:
    k = cijfers.kpi(KpiSleutel.CASELOAD)
    assert k.waarde == D(4)
    assert [(u.label, u.aantal) for u in k.uitsplitsing] == [
        ("Anouk Jansen", 2),
        ("Bram de Boer", 1),
        ("nog niet toegewezen", 1),
    ]
    assert [p.teller for p in k.trend] == [1, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 4]


def test_niet_berekenbaar_zegt_waarom(cijfers: Dashboardcijfers) -> None:
    assert cijfers.niet_berekenbaar
    for k in cijfers.niet_berekenbaar:
        assert k.waarde is None and k.niet_berekenbaar and k.gehaald is None


def test_drilldown_hoge_terugvordering(opslag: Opslag, scenario: Scenario) -> None:
    repo = KpiRepository(opslag)
    lijst = repo.drilldown(scenario.supervisor, KpiSleutel.GEEN_HOGE_TERUGVORDERING, PEILDATUM)
    assert lijst.totaal == 2 and not lijst.afgekapt
    assert [(r.naam, r.bsn, r.onderwerp, r.datum, r.bedrag, r.uitkomst) for r in lijst.regels] == [
        (
            "Esra Yıldız",
            scenario.bsns[2],
            "Kinderopvangtoeslag 2025",
            dt.date(2026, 6, 1),
            D("1000.01"),
            "meer dan € 1.000",
        ),
        ("Fatima El Amrani", scenario.bsns[0], "Huurtoeslag 2025", dt.date(2026, 5, 10), D("600.00"), "meer dan € 500"),
    ]
    assert lijst.regels[0].burger_id == scenario.burgers[2]
    mei = repo.drilldown(
        scenario.supervisor, KpiSleutel.GEEN_HOGE_TERUGVORDERING, PEILDATUM, maand=dt.date(2026, 5, 20)
    )
    assert [r.burger_id for r in mei.regels] == [scenario.burgers[0]]
    assert (mei.van, mei.tot) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))


def test_drilldown_bezwaren_intakes_termijnen(opslag: Opslag, scenario: Scenario) -> None:
    repo = KpiRepository(opslag)
    sup = scenario.supervisor
    bezwaren = repo.drilldown(sup, KpiSleutel.BEZWAREN_OP_TIJD, PEILDATUM)
    assert [(r.naam, r.dagen, r.uitkomst) for r in bezwaren.regels] == [
        ("Joost van der Wal", 8, "te laat beslist (gegrond)"),
        ("Esra Yıldız", 31, "nog open, termijn verstreken"),
    ]
    intakes = repo.drilldown(sup, KpiSleutel.INTAKES_OP_TIJD, PEILDATUM)
    assert [(r.naam, r.datum_2, r.datum_3, r.dagen, r.medewerker) for r in intakes.regels] == [
        ("Joost van der Wal", dt.date(2026, 3, 9), dt.date(2026, 3, 11), 2, "Bram de Boer"),
        ("Esra Yıldız", dt.date(2026, 11, 9), None, 14, "Anouk Jansen"),
    ]
    termijnen = repo.drilldown(sup, KpiSleutel.GEMISTE_TERMIJNEN, PEILDATUM)
    assert [(r.onderwerp, r.datum, r.bedrag) for r in termijnen.regels] == [
        ("Termijn 6 van 12, persoonlijke betalingsregeling", dt.date(2026, 6, 1), D("50.00")),
        ("Termijn 4 van 12, persoonlijke betalingsregeling", dt.date(2026, 4, 1), D("50.00")),
    ]


def test_drilldown_regelingen_signalen_caseload(opslag: Opslag, scenario: Scenario) -> None:
    repo = KpiRepository(opslag)
    sup = scenario.kwaliteit  # the kwaliteitsmedewerker may read the dashboard too
    regelingen = repo.drilldown(sup, KpiSleutel.REGELINGEN, PEILDATUM)
    assert [(r.burger_id, r.uitkomst) for r in regelingen.regels] == [
        (scenario.burgers[0], "actief"),
        (scenario.burgers[1], "afgelost"),
    ]
    signalen = repo.drilldown(sup, KpiSleutel.SIGNALEN, PEILDATUM)
    assert [r.dagen for r in signalen.regels] == [575, 38, 17, 2]
    caseload = repo.drilldown(sup, KpiSleutel.CASELOAD, PEILDATUM)
    assert sorted((r.medewerker, r.naam) for r in caseload.regels) == [
        ("Anouk Jansen", "Esra Yıldız"),
        ("Anouk Jansen", "Fatima El Amrani"),
        ("Bram de Boer", "Joost van der Wal"),
        ("niet toegewezen", "Pieter Bakker"),
    ]
    december = repo.drilldown(sup, KpiSleutel.CASELOAD, PEILDATUM, maand=dt.date(2025, 12, 1))
    assert [r.naam for r in december.regels] == ["Noor Visser"]


def test_alleen_dashboardrollen(opslag: Opslag, scenario: Scenario) -> None:
    repo = KpiRepository(opslag)
    for wie in (scenario.balie, scenario.anouk):
        with pytest.raises(GeenToegang, match="dashboard"):
            repo.cijfers(wie, PEILDATUM)
        with pytest.raises(GeenToegang):
            repo.drilldown(wie, KpiSleutel.CASELOAD, PEILDATUM)
    assert repo.cijfers(scenario.kwaliteit, PEILDATUM).kpis


def test_lege_opslag(opslag: Opslag) -> None:
    from models.domain import Rol
    from tests import fabriek

    sup = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    cijfers = KpiRepository(opslag).cijfers(sup, PEILDATUM)
    k = cijfers.kpi(KpiSleutel.GEEN_HOGE_TERUGVORDERING)
    assert k.waarde is None and k.noemer == 0 and k.gehaald is None
    assert cijfers.kpi(KpiSleutel.CASELOAD).waarde == 0
    assert KpiRepository(opslag).drilldown(sup, KpiSleutel.SIGNALEN, PEILDATUM).regels == ()
