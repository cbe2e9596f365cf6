"""The arithmetic of stored arrangements against schedules and splits computed by hand (RULES.md §3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.domain import RegelingSoort
from models.services.regelingen import Regelingendienst
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from models.store.tables import Betaling, Betalingsregeling, Verrekening
from models.validatie import Validatiefout
from tests import fabriek
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal


def _voorstel(burger: int, ids: list[int], start: dt.date, **extra: object) -> RegelingVoorstel:
    return RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids),
        soort=extra.pop("soort", RegelingSoort.STANDAARD),  # type: ignore[arg-type]
        startdatum=start,
        **extra,  # type: ignore[arg-type]
    )


def test_standaard_1000_euro_24_termijnen_van_41_67_en_de_laatste_41_59(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    # 1000 / 24 = 41,666… → 41,67 (up to the cent); 23 × 41,67 = 958,41; the last: 1000 − 958,41 = 41,59
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("1000.00"), vervaldatum=start)
    regeling = dienst.stel_voor(
        team.balie, _voorstel(burger, [vid], start, rente=False), vandaag=dt.date(2026, 1, 20)
    ).regeling
    bedragen = [t.bedrag for t in regeling.schema]
    assert bedragen == [D("41.67")] * 23 + [D("41.59")]
    assert [t.vervaldatum for t in regeling.schema[:3]] == [start, dt.date(2026, 3, 1), dt.date(2026, 4, 1)]
    assert regeling.schema[-1].vervaldatum == dt.date(2028, 1, 1)
    rij = hulp.rijen(opslag, Betalingsregeling, id=regeling.id)[0]
    assert (rij.termijnbedrag_cent, rij.aantal_termijnen, rij.totaal_cent) == (4167, 24, 100000)


def test_standaard_300_euro_15_termijnen_van_20(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    # 300 / 24 = 12,50 < € 20 minimum → 20,00 a month; 300 / 20 = 15 instalments
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "zorgtoeslag", 2025, D("300.00"), vervaldatum=start)
    regeling = dienst.stel_voor(
        team.balie, _voorstel(burger, [vid], start, rente=False), vandaag=dt.date(2026, 1, 20)
    ).regeling
    assert [t.bedrag for t in regeling.schema] == [D("20.00")] * 15


def test_standaard_telt_de_maanden_vanaf_de_uiterste_betaaldatum(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    # uiterste betaaldatum 2025-10-01, first instalment 2026-02-01: 4 due dates passed → 20 left;
    # 2400 / 20 = 120,00 exactly
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("2400.00"), vervaldatum=dt.date(2025, 10, 1))
    regeling = dienst.stel_voor(
        team.balie, _voorstel(burger, [vid], dt.date(2026, 2, 1), rente=False), vandaag=dt.date(2026, 1, 20)
    ).regeling
    assert [t.bedrag for t in regeling.schema] == [D("120.00")] * 20


def test_betalingscapaciteit_met_de_hand(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    """Alleenstaande ouder 2026: norm € 1.398,53; beschermd minimum 95% = 1.328,6035 → € 1.328,61 (up); kosten van
    bestaan 90% = € 1.258,68 (lower, so the protected minimum counts). Income € 1.900; woonlasten 850 − 300
    huurtoeslag = 550 − minimumbasishuur meerpersoons € 200,71 = € 349,29; zorgpremie 158 − 131 = € 27 → uitgaven
    € 376,29; netto besteedbaar € 1.523,71 − 1.328,61 = capacity € 195,10."""
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("3000.00"), vervaldatum=start)
    vergelijking = dienst.vergelijk(
        team.begeleider,
        burger,
        [vid],
        startdatum=start,
        vandaag=dt.date(2026, 1, 20),
        capaciteit=hulp.CAPACITEIT,
        rente=False,
    )
    cap = vergelijking.optie("persoonlijk").uitkomst.betalingscapaciteit
    assert (cap.uitgaven, cap.netto_besteedbaar, cap.beschermd_minimum, cap.kosten_van_bestaan) == (
        D("376.29"),
        D("1523.71"),
        D("1328.61"),
        D("1258.68"),
    )
    assert cap.capaciteit == cap.maximaal_termijnbedrag == D("195.10")
    # 3000 / 24 = 125,00 ≤ 195,10: the persoonlijke regeling asks 125,00, the longer one (36) 83,34 (3000/36 up)
    assert vergelijking.optie("persoonlijk").uitkomst.termijnbedrag == D("125.00")
    assert vergelijking.optie("langer").uitkomst.termijnbedrag == D("83.34")
    assert vergelijking.optie("langer").uitkomst.buiten_beleid  # over 24 months


def test_persoonlijk_met_lage_capaciteit_laat_een_restant_en_vraagt_vier_ogen(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    """Alleenstaande, € 1.400 net and nothing else: 1.400 − 1.328,61 = € 71,39 a month; 24 × 71,39 = 1.713,36 of
    3.000 → restant € 1.286,64 (collection stops for it: four eyes)."""
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("3000.00"), vervaldatum=start)
    laag = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1400.00"))
    uitkomst = dienst.stel_voor(
        team.begeleider,
        _voorstel(
            burger,
            [vid],
            start,
            soort=RegelingSoort.PERSOONLIJK,
            capaciteit=laag,
            rente=False,
            motivatie="Minimuminkomen.",
        ),
        vandaag=dt.date(2026, 1, 20),
    )
    assert [t.bedrag for t in uitkomst.regeling.schema] == [D("71.39")] * 24
    assert uitkomst.beoordeling.soort == "stop_invordering"
    assert uitkomst.beoordeling.berekening["restant"] == "1286.64"


def test_te_lage_capaciteit_geeft_een_voorstel_om_niet_in_te_vorderen(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("800.00"), vervaldatum=start)
    niets = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1300.00"))
    uitkomst = dienst.stel_voor(
        team.begeleider,
        _voorstel(burger, [vid], start, soort=RegelingSoort.PERSOONLIJK, capaciteit=niets, motivatie="Bijstand."),
        vandaag=dt.date(2026, 1, 20),
    )
    assert uitkomst.regeling is None and uitkomst.beoordeling.wijziging == "stop_invordering"
    b = uitkomst.beoordeling
    dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord; geen kwijtschelding.", vandaag=dt.date(2026, 1, 21))
    assert hulp.vorderingen(opslag, vid)[0].status == "niet_invorderbaar"


def test_een_betaling_wordt_verdeeld_kosten_rente_hoofdsom(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    """Claim € 1.200, uiterste betaaldatum 31-01-2025, paid € 600 on 31-01-2026: interest days 330 at 4% (February
    to December 2025: 0 + 10 × 30 + 30) and 30 at 4,3% (January 2026) → factor 330×4 + 30×4,3 = 1.449;
    interest in the payment = ⌊600 × 1.449 / (36.000 + 1.449)⌋ = ⌊23,2156⌋ = € 23; principal € 577."""
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1200.00"), vervaldatum=dt.date(2025, 1, 31))
    kosten = hulp.vordering(
        opslag,
        burger,
        "zorgtoeslag",
        2024,
        D("100.00"),
        vervaldatum=dt.date(2025, 12, 31),
        kosten=D("18.00"),
        rente=D("5.00"),
    )
    dag = dt.date(2026, 1, 20)
    r = dienst.stel_voor(team.begeleider, _voorstel(burger, [vid, kosten], dt.date(2026, 1, 31)), vandaag=dag).regeling
    betaald = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("600.00"), betaaldatum=dt.date(2026, 1, 31), vandaag=dt.date(2026, 2, 1)
    )
    assert len(betaald.aflossingen) == 1  # the oldest claim takes all of it
    a = betaald.aflossingen[0]
    assert (a.bedrag, a.kosten, a.rente, a.hoofdsom) == (D("600.00"), D("0.00"), D("23.00"), D("577.00"))
    assert hulp.vorderingen(opslag, vid)[0].open_cent == 62300
    # the next € 700 pays off the oldest claim first: 623 + ⌊623 × 1.449 / 36.000⌋ = 623 + 25 = 648 (the last
    # payment of a claim carries its interest in full); the € 52 left go to costs (18), interest charged (5), and
    # the principal 29 (30 days at 4,3% over € 29 is less than a euro)
    r = betaald.regeling
    tweede = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("700.00"), betaaldatum=dt.date(2026, 1, 31), vandaag=dt.date(2026, 2, 1)
    )
    eerste, volgende = tweede.aflossingen
    assert (eerste.bedrag, eerste.rente, eerste.hoofdsom) == (D("648.00"), D("25.00"), D("623.00"))
    rest = D("700.00") - eerste.bedrag
    assert (volgende.kosten, volgende.rente, volgende.hoofdsom) == (D("18.00"), D("5.00"), rest - D("23.00"))


def test_meer_dan_alles_betalen_wordt_geweigerd_en_precies_alles_lost_af(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("480.00"), vervaldatum=start)
    r = dienst.stel_voor(
        team.balie, _voorstel(burger, [vid], start, rente=False), vandaag=dt.date(2026, 1, 20)
    ).regeling
    assert [t.bedrag for t in r.schema] == [D("20.00")] * 24
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("30.00"), betaaldatum=start, vandaag=start
    ).regeling
    assert [t.status for t in r.schema[:3]] == ["betaald", "deels_betaald", "open"]
    assert r.schema[1].betaald == D("10.00")
    with pytest.raises(Validatiefout, match="€ 450,00"):
        dienst.registreer_betaling(team.begeleider, r.id, r.version, D("500.00"), betaaldatum=start, vandaag=start)
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("450.00"), betaaldatum=start, vandaag=start
    ).regeling
    assert r.status == "afgelost" and hulp.vorderingen(opslag, vid)[0].status == "afgelost"
    assert all(t.status == "betaald" for t in r.schema) and sum((t.betaald for t in r.schema), D(0)) == D("480.00")


def test_nabetaling_verrekend_oudste_eerst_en_de_rest_uitbetaald(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    dag = dt.date(2026, 3, 1)
    burger = fabriek.burger(opslag)
    oud = hulp.vordering(opslag, burger, "zorgtoeslag", 2024, D("200.00"), vervaldatum=dt.date(2025, 6, 1))
    nieuw = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("500.00"), vervaldatum=dt.date(2025, 9, 1))
    uit = dienst.verreken_nabetaling(team.begeleider, burger, D("450.00"), datum=dag, vandaag=dag, rente=False)
    assert (uit.verrekend, uit.uitbetaald) == (D("450.00"), D("0.00"))
    assert [(v.vordering_id, v.bedrag) for v in uit.verrekeningen] == [(oud, D("200.00")), (nieuw, D("250.00"))]
    assert {v.id: (v.status, v.open) for v in uit.vorderingen} == {
        oud: ("verrekend", D("0.00")),
        nieuw: ("open", D("250.00")),
    }
    uit = dienst.verreken_nabetaling(team.begeleider, burger, D("300.00"), datum=dag, vandaag=dag, rente=False)
    assert (uit.verrekend, uit.uitbetaald) == (D("250.00"), D("50.00"))
    betalingen = {(b.soort, b.bedrag_cent) for b in hulp.rijen(opslag, Betaling, burger_id=burger)}
    assert betalingen == {("verrekend", 45000), ("verrekend", 25000), ("nabetaling", 5000)}
    assert len(hulp.rijen(opslag, Verrekening, burger_id=burger)) == 3
    assert dienst.vorderingen(team.begeleider, burger, vandaag=dag) == []


def test_nabetaling_maakt_een_lopende_regeling_korter(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    start = dt.date(2026, 2, 1)
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("480.00"), vervaldatum=start)
    r = dienst.stel_voor(
        team.balie, _voorstel(burger, [vid], start, rente=False), vandaag=dt.date(2026, 1, 20)
    ).regeling
    dag = dt.date(2026, 2, 10)
    uit = dienst.verreken_nabetaling(team.begeleider, burger, D("50.00"), datum=dag, vandaag=dag, rente=False)
    (r,) = uit.regelingen
    # 50 off the end: the last two termijnen fall away, the one before is lowered to 10
    assert [t.bedrag for t in r.schema] == [D("20.00")] * 21 + [D("10.00")]
    assert [t.status for t in r.termijnen[-2:]] == ["vervallen", "vervallen"]
    assert r.nog_te_betalen == D("430.00") == r.schuld_open
    uit = dienst.verreken_nabetaling(team.begeleider, burger, D("1000.00"), datum=dag, vandaag=dag, rente=False)
    assert uit.uitbetaald == D("570.00") and uit.regelingen[0].status == "afgelost"
