"""Property tests (hypothesis) of stored arrangements, on both backends.

- The stored schedule is the core's schedule, cent for cent; its instalments add up to the debt plus the interest
  they include (minus an agreed restant), and a persoonlijke regeling never asks more than the maximum instalment
  of the payment capacity, so the protected minimum always remains.
- Recorded payments add up: every payment is split into costs + interest + principal without a cent lost; the
  principal paid plus what is open is the original principal of every claim; the termijnen paid add up to the
  payments; paying everything off leaves nothing open and the arrangement `afgelost`.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.calc.betalingsregeling import (
    Capaciteitsinvoer,
    Leefsituatie,
    Vordering,
    persoonlijke_regeling,
    standaardregeling,
    verdeel_betaling,
)
from models.domain import RegelingSoort
from models.services.regelingen import Regelingendienst
from models.store.opslag import Opslag, euro
from models.store.rows_regelingen import RegelingVoorstel
from tests import fabriek
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal
DAG = dt.date(2026, 1, 20)
START = dt.date(2026, 2, 1)
LAATSTE_BETAALDAG = dt.date(2026, 12, 31)  # the invordering parameters run up to and including 2026

bedragen = st.integers(min_value=2000, max_value=600_000).map(lambda c: D(c).scaleb(-2))
vervaldata = st.dates(min_value=dt.date(2024, 3, 1), max_value=dt.date(2025, 12, 31))
claims = st.lists(st.tuples(bedragen, vervaldata), min_size=1, max_size=3)
capaciteiten = st.builds(
    Capaciteitsinvoer,
    leefsituatie=st.sampled_from([Leefsituatie.ALLEENSTAANDE, Leefsituatie.ALLEENSTAANDE_OUDER]),
    netto_inkomen=st.integers(min_value=1400, max_value=3500).map(D),
    woonlasten=st.integers(min_value=0, max_value=1100).map(D),
)

INSTELLINGEN = settings(
    max_examples=int(os.environ.get("REGELING_VOORBEELDEN", "8")),  # raise it for a local hunt
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _maak(
    opslag: Opslag, dienst: Regelingendienst, team: Team, vorderingen: list[tuple[Decimal, dt.date]], **extra: object
) -> tuple[int, list[int], object]:
    burger = fabriek.burger(opslag)
    ids = [
        hulp.vordering(opslag, burger, "huurtoeslag", 2024, bedrag, vervaldatum=verval)
        for bedrag, verval in vorderingen
    ]
    voorstel = RegelingVoorstel(
        burger_id=burger, vordering_ids=tuple(ids), startdatum=START, motivatie="Eigenschapstest.", **extra
    )  # type: ignore[arg-type]
    return burger, ids, dienst.stel_voor(team.begeleider, voorstel, vandaag=DAG)


def _reken(vorderingen: list[tuple[Decimal, dt.date]], rijen: list[object]) -> tuple[Vordering, ...]:
    return tuple(Vordering(r.kenmerk, b, v) for (b, v), r in zip(vorderingen, rijen, strict=True))  # type: ignore[attr-defined]


@INSTELLINGEN
@given(
    vorderingen=claims,
    rente=st.booleans(),
    capaciteit=capaciteiten,
    looptijd=st.sampled_from([None, 12, 24, 36]),
    persoonlijk=st.booleans(),
)
def test_schema_is_de_kern_en_telt_op_tot_schuld_plus_rente(
    opslag: Opslag,
    dienst: Regelingendienst,
    team: Team,
    vorderingen: list[tuple[Decimal, dt.date]],
    rente: bool,
    capaciteit: Capaciteitsinvoer,
    looptijd: int | None,
    persoonlijk: bool,
) -> None:
    soort = RegelingSoort.PERSOONLIJK if persoonlijk else RegelingSoort.STANDAARD
    extra: dict[str, object] = {"soort": soort, "rente": rente}
    if persoonlijk:
        extra.update(capaciteit=capaciteit, looptijd=looptijd)
    _, ids, uitkomst = _maak(opslag, dienst, team, vorderingen, **extra)
    reken = _reken(vorderingen, hulp.vorderingen(opslag, *ids))
    kern = (
        persoonlijke_regeling(reken, START, capaciteit, looptijd=looptijd, rente=rente, rente_in_termijnen=rente)
        if persoonlijk
        else standaardregeling(reken, START, rente=rente, rente_in_termijnen=rente)
    )
    if not kern.termijnen:  # capacity too low for any instalment: a proposal to stop collection, no schedule
        assert uitkomst.regeling is None and uitkomst.beoordeling.wijziging == "stop_invordering"
        return
    schema = uitkomst.regeling.schema
    assert [(t.vervaldatum, t.bedrag) for t in schema] == [(t.vervaldatum, t.bedrag) for t in kern.termijnen]
    totaal = sum((t.bedrag for t in schema), D(0))
    schuld = sum((b for b, _ in vorderingen), D(0))
    assert totaal == schuld + kern.invorderingsrente - kern.restant
    if not rente:
        assert kern.invorderingsrente == 0 and totaal == schuld - kern.restant
    if persoonlijk:
        maximum = kern.betalingscapaciteit.maximaal_termijnbedrag
        assert all(t.bedrag <= maximum for t in schema)
        assert kern.betalingscapaciteit.netto_besteedbaar - maximum >= kern.betalingscapaciteit.beschermd_minimum
    assert (uitkomst.beoordeling is not None) == bool(kern.buiten_beleid)


@INSTELLINGEN
@given(
    vorderingen=claims,
    rente=st.booleans(),
    extra_per_maand=st.lists(st.integers(0, 5000), min_size=11, max_size=11),
    te_laat=st.integers(min_value=0, max_value=12),
    capaciteit=st.none() | capaciteiten,
)
def test_betalingen_tellen_op_tot_de_schuld_plus_rente(
    opslag: Opslag,
    dienst: Regelingendienst,
    team: Team,
    vorderingen: list[tuple[Decimal, dt.date]],
    rente: bool,
    extra_per_maand: list[int],
    te_laat: int,
    capaciteit: Capaciteitsinvoer | None,
) -> None:
    soort = RegelingSoort.STANDAARD if capaciteit is None else RegelingSoort.PERSOONLIJK
    _, ids, uitkomst = _maak(opslag, dienst, team, vorderingen, soort=soort, rente=rente, capaciteit=capaciteit)
    r = uitkomst.regeling
    if r is None:  # capacity too low for any instalment: nothing to pay in an arrangement
        return
    if uitkomst.beoordeling is not None:  # outside policy (a restant): a supervisor approves first
        b = uitkomst.beoordeling
        r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=DAG).regeling
    betaald = D(0)
    for maand, extra_cent in enumerate(extra_per_maand):
        te_betalen = r.te_betalen
        if not te_betalen:
            break
        termijn = te_betalen[0]
        datum = min(termijn.vervaldatum + dt.timedelta(days=te_laat), LAATSTE_BETAALDAG)
        if datum > LAATSTE_BETAALDAG or termijn.vervaldatum > dt.date(2026, 12, 1):
            break
        bedrag = termijn.bedrag - termijn.betaald + D(extra_cent).scaleb(-2) * (maand % 2)
        rijen = hulp.vorderingen(opslag, *ids)
        open_ = tuple(
            Vordering(v.kenmerk, euro(v.open_cent), v.vervaldatum, euro(v.rente_cent), euro(v.kosten_cent))
            for v in rijen
            if v.open_cent + v.rente_cent + v.kosten_cent
        )
        alles = verdeel_betaling(D(10**7), open_, datum, rente=rente).toegerekend
        bedrag = min(bedrag, alles)
        r = dienst.registreer_betaling(
            team.begeleider, r.id, r.version, bedrag, betaaldatum=datum, vandaag=datum
        ).regeling
        betaald += bedrag
    if r.status != "afgelost":  # pay off the rest in one go
        rijen = hulp.vorderingen(opslag, *ids)
        open_ = tuple(
            Vordering(v.kenmerk, euro(v.open_cent), v.vervaldatum, euro(v.rente_cent), euro(v.kosten_cent))
            for v in rijen
            if v.open_cent + v.rente_cent + v.kosten_cent
        )
        rest = verdeel_betaling(D(10**7), open_, LAATSTE_BETAALDAG, rente=rente).toegerekend
        r = dienst.registreer_betaling(
            team.begeleider, r.id, r.version, rest, betaaldatum=LAATSTE_BETAALDAG, vandaag=LAATSTE_BETAALDAG
        ).regeling
        betaald += rest
    assert r.status == "afgelost"
    aflossingen = hulp.aflossingen(opslag, r.id)
    assert sum(a.bedrag_cent for a in aflossingen) == int(betaald.scaleb(2))
    assert all(a.kosten_cent + a.rente_cent + a.hoofdsom_cent == a.bedrag_cent for a in aflossingen)
    for vid, (bedrag, _) in zip(ids, vorderingen, strict=True):
        assert sum(a.hoofdsom_cent for a in aflossingen if a.vordering_id == vid) == int(bedrag.scaleb(2))
    rente_betaald = sum(a.rente_cent for a in aflossingen)
    assert betaald == sum((b for b, _ in vorderingen), D(0)) + D(rente_betaald).scaleb(-2)
    if not rente:
        assert rente_betaald == 0
    assert all(v.open_cent == v.rente_cent == v.kosten_cent == 0 for v in hulp.vorderingen(opslag, *ids))
    assert {v.status for v in hulp.vorderingen(opslag, *ids)} == {"afgelost"}
    assert sum((t.betaald for t in r.schema), D(0)) == betaald == sum((t.bedrag for t in r.schema), D(0))
    assert all(t.status == "betaald" for t in r.schema)
    assert not r.te_betalen
