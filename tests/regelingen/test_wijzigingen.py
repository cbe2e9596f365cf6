"""Changes to a running arrangement: a longer term, an added claim, a new payment capacity, approval after the
arrangement moved on, a late approval, and the final instalment when late payments leave something open."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.domain import RegelingSoort
from models.services.regelingen import Regelingendienst
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingDetail, RegelingVoorstel
from models.validatie import Validatiefout
from tests import fabriek
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal
DAG = dt.date(2026, 1, 12)
START = dt.date(2026, 2, 1)


def _standaard(opslag: Opslag, dienst: Regelingendienst, team: Team, bedrag: str = "1200.00") -> RegelingDetail:
    burger = fabriek.burger(opslag)
    fabriek.traject(opslag, burger, team.begeleider.id)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D(bedrag), vervaldatum=START)
    return dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=burger, vordering_ids=(vid,), soort=RegelingSoort.STANDAARD, startdatum=START, rente=False
        ),
        vandaag=DAG,
    ).regeling


def _twaalf(opslag: Opslag, dienst: Regelingendienst, team: Team) -> RegelingDetail:
    """A standard arrangement that starts 12 months after the uiterste betaaldatum: 12 × 100,00."""
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "zorgtoeslag", 2025, D("1200.00"), vervaldatum=dt.date(2025, 2, 1))
    r = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=burger, vordering_ids=(vid,), soort=RegelingSoort.STANDAARD, startdatum=START, rente=False
        ),
        vandaag=DAG,
    ).regeling
    assert [t.bedrag for t in r.schema] == [D("100.00")] * 12
    return r


def test_verlengen_binnen_24_maanden_meteen_daarbuiten_na_goedkeuring(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    r12 = _twaalf(opslag, dienst, team)
    verlengd = dienst.verleng(team.begeleider, r12.id, r12.version, 6, vandaag=DAG)
    assert verlengd.beoordeling is None  # 18 months in all: within policy, applied at once
    # 1.200 / 18 = 66,67 (up to the cent); the last 1.200 − 17 × 66,67 = 66,61
    assert [t.bedrag for t in verlengd.regeling.schema] == [D("66.67")] * 17 + [D("66.61")]

    r = _standaard(opslag, dienst, team)  # 24 × 50,00
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("50.00"), betaaldatum=START, vandaag=START
    ).regeling
    with pytest.raises(Validatiefout, match="motivatie"):  # 1 paid + 29 = 30 months: outside policy
        dienst.verleng(team.begeleider, r.id, r.version, 6, vandaag=START)
    uitkomst = dienst.verleng(team.begeleider, r.id, r.version, 6, vandaag=START, motivatie="Minder inkomen.")
    assert uitkomst.ter_beoordeling and uitkomst.beoordeling.soort == "lange_looptijd"
    b = uitkomst.beoordeling
    r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=START).regeling
    assert r.schema[0].status == "betaald" and r.schema[0].bedrag == D("50.00")
    # 1.150 over 29 months: 39,66 (up to the cent), the last takes the rest
    assert r.regeling.termijnbedrag == D("39.66") and len(r.schema) == 30
    assert sum((t.bedrag for t in r.schema), D(0)) == D("1200.00") and r.looptijd >= 30
    assert "looptijd verlengd" in hulp.audit_acties(opslag, "betalingsregeling")


def test_vordering_toevoegen_aan_een_standaardregeling_binnen_beleid(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    r = _twaalf(opslag, dienst, team)
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("100.00"), betaaldatum=START, vandaag=START
    ).regeling
    nieuw = hulp.vordering(opslag, r.burger_id, "huurtoeslag", 2025, D("460.00"), vervaldatum=dt.date(2026, 3, 1))
    uitkomst = dienst.voeg_vorderingen_toe(team.begeleider, r.id, r.version, [nieuw], vandaag=dt.date(2026, 2, 10))
    assert uitkomst.beoordeling is None  # 1 paid + 16 = 17 months: within policy, applied at once
    r = uitkomst.regeling
    assert nieuw in r.regeling.vordering_ids and hulp.vorderingen(opslag, nieuw)[0].status == "in_regeling"
    # 1.100 + 460 = 1.560: max(100, 1.560 / 24 = 65,00) = 100 a month → 15 × 100 and a last 60
    assert r.regeling.termijnbedrag == D("100.00")
    assert [t.bedrag for t in r.schema[1:]] == [D("100.00")] * 15 + [D("60.00")]
    assert r.schema[0].status == "betaald"
    with pytest.raises(Validatiefout, match="zit al in betalingsregeling"):
        dienst.voeg_vorderingen_toe(team.begeleider, r.id, r.version, [nieuw], vandaag=dt.date(2026, 2, 10))


def test_herberekening_na_een_inkomenswijziging(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("2000.00"), vervaldatum=START)
    laag = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1400.00"))  # 71,39 a month
    uitkomst = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=burger,
            vordering_ids=(vid,),
            soort=RegelingSoort.PERSOONLIJK,
            startdatum=START,
            capaciteit=laag,
            rente=False,
            motivatie="Minimuminkomen.",
        ),
        vandaag=DAG,
    )
    b = uitkomst.beoordeling
    r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=DAG).regeling
    assert len(r.schema) == 24 and r.regeling.termijnbedrag == D("71.39")
    # a new job: the capacity rises, the instalment goes up to what the rest of the term needs; fewer termijnen
    hoger = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("2400.00"))
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("71.39"), betaaldatum=START, vandaag=START
    ).regeling
    nieuw = dienst.herbereken(team.begeleider, r.id, r.version, hoger, vandaag=dt.date(2026, 2, 10))
    assert nieuw.beoordeling is None
    r = nieuw.regeling
    # 2.000 − 71,39 = 1.928,61 over the 23 months left: 83,86 (up to the cent)
    assert r.regeling.termijnbedrag == D("83.86") and len(r.schema) == 24
    assert r.regeling.capaciteit["invoer"]["netto_inkomen"] == "2400.00"
    # income drops to nothing: the capacity is too low for any instalment → a proposal to stop collection
    geen = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1200.00"))
    stop = dienst.herbereken(team.begeleider, r.id, r.version, geen, vandaag=dt.date(2026, 2, 10), motivatie="Ziek.")
    assert stop.beoordeling.wijziging == "stop_invordering" and stop.regeling.status == "actief"
    b = stop.beoordeling
    r = dienst.keur_goed(
        team.supervisor, b.id, b.version, "Akkoord, geen kwijtschelding.", vandaag=dt.date(2026, 2, 11)
    ).regeling
    assert r.status == "gestopt" and hulp.vorderingen(opslag, vid)[0].status == "niet_invorderbaar"
    assert not r.te_betalen


def test_standaardregeling_wordt_persoonlijk_na_herberekening(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    r = _standaard(opslag, dienst, team)
    krap = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1380.00"))  # 51,39 a month
    with pytest.raises(GeenToegang):
        dienst.herbereken(team.balie, r.id, r.version, krap, vandaag=DAG)
    uitkomst = dienst.herbereken(team.begeleider, r.id, r.version, krap, vandaag=DAG)
    assert uitkomst.regeling.soort == "persoonlijk" and uitkomst.regeling.regeling.termijnbedrag == D("50.00")


def test_goedkeuring_rekent_opnieuw_als_er_intussen_is_betaald(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    r = _standaard(opslag, dienst, team)  # 24 × 50
    b = dienst.pauzeer(
        team.begeleider, r.id, r.version, 2, "Ziekenhuis.", vandaag=DAG, vanaf=dt.date(2026, 4, 1)
    ).beoordeling
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("100.00"), betaaldatum=START, vandaag=START
    ).regeling
    r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=dt.date(2026, 2, 2)).regeling
    assert [t.status for t in r.termijnen[:2]] == ["betaald", "betaald"]
    assert [t.status for t in r.gepauzeerd] == ["gepauzeerd", "gepauzeerd"]
    assert [t.vervaldatum for t in r.gepauzeerd] == [dt.date(2026, 4, 1), dt.date(2026, 5, 1)]
    assert sum((t.bedrag for t in r.schema), D(0)) == D("1200.00")
    assert (r.regeling.pauze_van, r.regeling.pauze_tot) == (dt.date(2026, 4, 1), dt.date(2026, 6, 1))


def test_late_goedkeuring_schuift_de_start_op(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("1200.00"), vervaldatum=START)
    b = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=burger,
            vordering_ids=(vid,),
            soort=RegelingSoort.PERSOONLIJK,
            startdatum=START,
            capaciteit=hulp.CAPACITEIT,
            looptijd=30,
            rente=False,
            motivatie="30 maanden.",
        ),
        vandaag=DAG,
    ).beoordeling
    r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=dt.date(2026, 3, 10)).regeling
    assert r.status == "actief" and r.regeling.startdatum == dt.date(2026, 4, 1)
    assert r.schema[0].vervaldatum == dt.date(2026, 4, 1) and sum((t.bedrag for t in r.schema), D(0)) == D("1200.00")
    assert not [t for t in r.termijnen if t.vervaldatum < dt.date(2026, 3, 10) and t.status == "open"]


def test_wat_na_de_laatste_termijn_openstaat_wordt_een_slottermijn(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    """Paying every instalment ten days late costs more interest than the schedule counted on: after the last
    one something is still open, and that becomes one final instalment a month later."""
    burger = fabriek.burger(opslag)
    start = dt.date(2026, 1, 15)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("2400.00"), vervaldatum=dt.date(2025, 1, 15))
    r = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(burger_id=burger, vordering_ids=(vid,), soort=RegelingSoort.STANDAARD, startdatum=start),
        vandaag=dt.date(2026, 1, 10),
    ).regeling
    assert len(r.schema) == 12
    while r.te_betalen:
        t = r.te_betalen[0]
        dag = t.vervaldatum + dt.timedelta(days=10)
        r = dienst.registreer_betaling(
            team.begeleider, r.id, r.version, t.bedrag - t.betaald, betaaldatum=dag, vandaag=dag
        ).regeling
        if len(r.schema) > 12:
            break
    assert len(r.schema) == 13 and r.status == "actief"
    slot = r.schema[-1]
    assert slot.status == "open" and slot.vervaldatum == dt.date(2027, 1, 15)
    assert slot.bedrag == r.schuld_open > 0
    assert "slottermijn gepland" in hulp.audit_acties(opslag)
