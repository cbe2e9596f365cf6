"""The state machines: every allowed and every refused transition, as tables and through the use cases."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest

from models.domain import (
    BeoordelingStatus,
    RegelingSoort,
    RegelingStatus,
    Rol,
    TermijnStatus,
    VorderingStatus,
)
from models.services.regelingen import Regelingendienst
from models.services.toestanden import (
    BEOORDELING,
    REGELING,
    TERMIJN,
    VORDERING,
    OngeldigeOvergang,
    Toestandsmachine,
    effectieve_regelingstatus,
)
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from models.store.toegang import mag
from models.validatie import Validatiefout
from tests import fabriek
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal
DAG = dt.date(2026, 1, 12)
START = dt.date(2026, 2, 1)
MACHINES = (VORDERING, REGELING, TERMIJN, BEOORDELING)


def _alle_paren(machine: Toestandsmachine) -> list[tuple[Toestandsmachine, str, str]]:
    waarden = [s.value for s in machine.statussen]
    return [(machine, van, naar) for van, naar in itertools.product(waarden, waarden)]


ALLE = [p for m in MACHINES for p in _alle_paren(m)]


def _volledig(machine: Toestandsmachine, van: str, naar: str) -> dict[str, object]:
    overgang = machine.overgang(van, naar)
    return dict.fromkeys(overgang.vereist if overgang else (), "x")


@pytest.mark.parametrize(("machine", "van", "naar"), ALLE, ids=lambda x: getattr(x, "entiteit", x))
def test_elke_overgang_is_toegestaan_of_geweigerd_met_een_nederlandse_melding(
    machine: Toestandsmachine, van: str, naar: str
) -> None:
    overgang = machine.overgang(van, naar)
    if overgang is None:
        with pytest.raises(OngeldigeOvergang) as fout:
            machine.controleer(van, naar, Rol.SUPERVISOR, {"motivatie": "x"})
        assert machine.label(van) in fout.value.melding and machine.label(naar) in fout.value.melding
        return
    bevoegd = [r for r in Rol if any(mag(r, b) for b in overgang.bevoegdheden)]
    onbevoegd = [r for r in Rol if r not in bevoegd]
    assert bevoegd, f"niemand mag {overgang.actie}"
    for rol in bevoegd:
        assert machine.controleer(van, naar, rol, _volledig(machine, van, naar)) is overgang
    for rol in onbevoegd:
        with pytest.raises(GeenToegang):
            machine.controleer(van, naar, rol, _volledig(machine, van, naar))
    for veld in overgang.vereist:
        with pytest.raises(Validatiefout) as fout:
            machine.controleer(van, naar, bevoegd[0], {**_volledig(machine, van, naar), veld: "  "})
        assert fout.value.veld == veld


def test_de_tabellen_zijn_zoals_afgesproken() -> None:
    """The transitions the issue names, spelled out (a change to the tables shows up here)."""
    v, r, t, b = VorderingStatus, RegelingStatus, TermijnStatus, BeoordelingStatus
    assert set(VORDERING.mogelijk(v.OPEN)) == {v.IN_REGELING, v.AANMANING, v.AFGELOST, v.VERREKEND, v.NIET_INVORDERBAAR}
    assert set(VORDERING.mogelijk(v.IN_REGELING)) == {v.OPEN, v.AFGELOST, v.VERREKEND, v.NIET_INVORDERBAAR}
    assert set(VORDERING.mogelijk(v.AANMANING)) >= {v.DWANG, v.IN_REGELING}
    assert VORDERING.mogelijk(v.AFGELOST) == () and VORDERING.mogelijk(v.VERREKEND) == ()
    assert set(REGELING.mogelijk(r.VOORSTEL)) == {r.TER_BEOORDELING, r.ACTIEF}
    assert set(REGELING.mogelijk(r.TER_BEOORDELING)) == {r.ACTIEF, r.AFGEWEZEN, r.GESTOPT}
    assert set(REGELING.mogelijk(r.ACTIEF)) == {r.GEPAUZEERD, r.VERVALLEN, r.AFGELOST, r.GESTOPT}
    assert set(REGELING.mogelijk(r.GEPAUZEERD)) == {r.ACTIEF, r.VERVALLEN, r.AFGELOST, r.GESTOPT}
    for einde in (r.VERVALLEN, r.AFGELOST, r.GESTOPT, r.AFGEWEZEN):
        assert REGELING.mogelijk(einde) == ()
    assert set(TERMIJN.mogelijk(t.OPEN)) == {t.BETAALD, t.DEELS_BETAALD, t.HERINNERD, t.GEPAUZEERD, t.VERVALLEN}
    assert set(TERMIJN.mogelijk(t.HERINNERD)) == {t.BETAALD, t.GEMIST, t.OPEN, t.GEPAUZEERD, t.VERVALLEN}
    assert TERMIJN.overgang(t.OPEN, t.GEMIST) is None  # never gemist without a reminder first
    for einde in (t.BETAALD, t.GEMIST, t.GEPAUZEERD, t.VERVALLEN):
        assert TERMIJN.mogelijk(einde) == ()
    assert set(BEOORDELING.mogelijk(b.OPEN)) == {b.GOEDGEKEURD, b.AFGEWEZEN, b.INGETROKKEN}
    assert BEOORDELING.mogelijk_voor(b.OPEN, Rol.BEGELEIDER) == (b.INGETROKKEN,)
    assert BEOORDELING.mogelijk_voor(b.OPEN, Rol.KWALITEIT) == ()


def test_effectieve_status_volgt_de_kalender_van_de_pauze() -> None:
    van, tot = dt.date(2026, 5, 1), dt.date(2026, 7, 1)
    assert effectieve_regelingstatus("actief", van, tot, dt.date(2026, 4, 30)) == "actief"
    assert effectieve_regelingstatus("actief", van, tot, van) == "gepauzeerd"
    assert effectieve_regelingstatus("gepauzeerd", van, tot, dt.date(2026, 6, 30)) == "gepauzeerd"
    assert effectieve_regelingstatus("gepauzeerd", van, tot, tot) == "actief"
    assert effectieve_regelingstatus("gepauzeerd", None, None, tot) == "actief"
    assert effectieve_regelingstatus("vervallen", van, tot, dt.date(2026, 5, 15)) == "vervallen"
    assert effectieve_regelingstatus("ter_beoordeling", van, tot, dt.date(2026, 5, 15)) == "ter_beoordeling"


# --- through the use cases, on both backends -------------------------------------------------------------------


def _regeling(opslag: Opslag, dienst: Regelingendienst, team: Team, **extra: object) -> tuple[int, list[int], object]:
    burger = fabriek.burger(opslag)
    fabriek.traject(opslag, burger, team.begeleider.id)
    ids = [
        hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1200.00"), vervaldatum=dt.date(2025, 12, 1)),
        hulp.vordering(opslag, burger, "zorgtoeslag", 2024, D("300.00"), vervaldatum=dt.date(2025, 12, 1)),
    ]
    voorstel = RegelingVoorstel(
        burger_id=burger, vordering_ids=tuple(ids), soort=RegelingSoort.STANDAARD, startdatum=START, **extra
    )  # type: ignore[arg-type]
    return burger, ids, dienst.stel_voor(team.begeleider, voorstel, vandaag=DAG)


def test_pauze_ter_beoordeling_goedgekeurd_begint_en_eindigt_op_de_kalender(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    _, _, uitkomst = _regeling(opslag, dienst, team)
    r = uitkomst.regeling
    with pytest.raises(Validatiefout, match="motivatie"):
        dienst.pauzeer(team.begeleider, r.id, r.version, 2, "", vandaag=DAG)
    voorstel = dienst.pauzeer(team.begeleider, r.id, r.version, 2, "Ziekenhuisopname.", vandaag=DAG)
    assert voorstel.ter_beoordeling and voorstel.beoordeling.soort == "pauze"
    assert voorstel.regeling.status == "actief" and voorstel.regeling.regeling.pauze_van is None  # not yet applied
    assert voorstel.regeling.open_beoordeling is not None
    with pytest.raises(Validatiefout, match="al een voorstel"):
        dienst.verleng(team.begeleider, r.id, voorstel.regeling.version, 3, vandaag=DAG)
    b = voorstel.beoordeling
    besluit = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord met twee maanden.", vandaag=DAG)
    r = besluit.regeling
    assert (r.regeling.pauze_van, r.regeling.pauze_tot) == (START, dt.date(2026, 4, 1))
    assert [t.status for t in r.termijnen[:2]] == ["gepauzeerd", "gepauzeerd"]
    assert r.schema[0].vervaldatum == dt.date(2026, 4, 1)
    assert r.status == "actief"  # the pause starts on its first day
    assert dienst.regeling(team.begeleider, r.id, vandaag=dt.date(2026, 2, 10)).status == "gepauzeerd"
    assert dienst.regeling(team.begeleider, r.id, vandaag=dt.date(2026, 4, 1)).status == "actief"
    # the next write records the calendar's transitions in the store, audited
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("5.00"), betaaldatum=dt.date(2026, 2, 10), vandaag=dt.date(2026, 2, 10)
    ).regeling
    assert r.regeling.status == "gepauzeerd"
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, D("5.00"), betaaldatum=dt.date(2026, 4, 2), vandaag=dt.date(2026, 4, 2)
    ).regeling
    assert r.regeling.status == "actief"
    acties = hulp.audit_acties(opslag, "betalingsregeling")
    assert "pauze begonnen" in acties and "pauze afgelopen" in acties


def test_hervatten_beeindigt_de_pauze_eerder(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    _, _, uitkomst = _regeling(opslag, dienst, team)
    r = uitkomst.regeling
    with pytest.raises(OngeldigeOvergang, match="niet gepauzeerd"):
        dienst.hervat(team.begeleider, r.id, r.version, vandaag=DAG)
    b = dienst.pauzeer(team.begeleider, r.id, r.version, 3, "Inkomen tijdelijk weg.", vandaag=DAG).beoordeling
    r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=DAG).regeling
    dag = dt.date(2026, 3, 3)
    with pytest.raises(Validatiefout, match="al een betaalpauze"):
        dienst.pauzeer(team.begeleider, r.id, r.version, 1, "nog een", vandaag=dag)
    r = dienst.hervat(team.begeleider, r.id, r.version, vandaag=dag)
    assert r.status == "actief" and r.regeling.pauze_tot == dag
    assert "pauze afgelopen" in hulp.audit_acties(opslag, "betalingsregeling")
    assert dienst.pauzeer(team.begeleider, r.id, r.version, 1, "Weer ziek.", vandaag=dag).ter_beoordeling


def test_stoppen_zet_vorderingen_terug_op_open(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    _, ids, uitkomst = _regeling(opslag, dienst, team)
    r = uitkomst.regeling
    with pytest.raises(Validatiefout):
        dienst.stop(team.begeleider, r.id, r.version, "", vandaag=DAG)
    r = dienst.stop(team.begeleider, r.id, r.version, "Burger betaalt alles in één keer.", vandaag=DAG)
    assert r.status == "gestopt" and {t.status for t in r.termijnen} == {"vervallen"}
    assert {v.status for v in hulp.vorderingen(opslag, *ids)} == {"open"}
    for poging in (
        lambda: dienst.stop(team.begeleider, r.id, r.version, "nog eens", vandaag=DAG),
        lambda: dienst.registreer_betaling(team.begeleider, r.id, r.version, D("10.00"), betaaldatum=DAG, vandaag=DAG),
        lambda: dienst.verleng(team.begeleider, r.id, r.version, 3, vandaag=DAG),
    ):
        with pytest.raises(OngeldigeOvergang, match="loopt niet"):
            poging()
    with pytest.raises(Validatiefout, match="geen regelingsbrief"):
        dienst.maak_regelingsbrief(team.begeleider, r.id, "nl", vandaag=DAG)


def test_afwijzen_en_intrekken(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    _, ids, uitkomst = _regeling(
        opslag, dienst, team, pauze_vanaf=dt.date(2026, 3, 1), pauze_maanden=1, motivatie="Pauze in maart."
    )
    b = uitkomst.beoordeling
    with pytest.raises(OngeldigeOvergang):  # nothing to pay while under review
        dienst.registreer_betaling(
            team.begeleider, uitkomst.regeling.id, uitkomst.regeling.version, D("10"), betaaldatum=DAG, vandaag=DAG
        )
    besluit = dienst.wijs_af(team.supervisor, b.id, b.version, "Geen reden voor een pauze.", vandaag=DAG)
    assert besluit.regeling.status == "afgewezen" and besluit.beoordeling.status == "afgewezen"
    assert besluit.beoordeling.beoordeling_motivatie == "Geen reden voor een pauze."
    assert {v.status for v in hulp.vorderingen(opslag, *ids)} == {"open"}
    assert any("afgewezen" in t.omschrijving for t in hulp.taken(opslag, team.begeleider.id))
    with pytest.raises(OngeldigeOvergang):
        dienst.keur_goed(team.supervisor, b.id, besluit.beoordeling.version, "toch wel", vandaag=DAG)
    # the claims are free again: a new proposal, then withdrawn by its proposer only
    nieuw = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=besluit.regeling.burger_id,
            vordering_ids=tuple(ids),
            soort=RegelingSoort.STANDAARD,
            startdatum=START,
            pauze_vanaf=dt.date(2026, 4, 1),
            pauze_maanden=1,
            motivatie="Pauze in april.",
        ),
        vandaag=DAG,
    )
    b2 = nieuw.beoordeling
    with pytest.raises(GeenToegang, match="Alleen wie"):
        dienst.trek_in(team.collega, b2.id, b2.version, "weg", vandaag=DAG)
    ingetrokken = dienst.trek_in(team.begeleider, b2.id, b2.version, "Burger kan toch betalen.", vandaag=DAG)
    assert ingetrokken.beoordeling.status == "ingetrokken" and ingetrokken.regeling.status == "gestopt"
    assert dienst.wachtrij(team.supervisor) == []


def test_een_vordering_zit_maar_in_een_regeling_tegelijk(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    burger, ids, _ = _regeling(opslag, dienst, team)
    with pytest.raises(Validatiefout, match="zit al in betalingsregeling"):
        dienst.stel_voor(
            team.begeleider,
            RegelingVoorstel(
                burger_id=burger, vordering_ids=(ids[0],), soort=RegelingSoort.STANDAARD, startdatum=START
            ),
            vandaag=DAG,
        )


def test_gemiste_termijn_eerst_herinnering_dan_pas_gemist(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    _, ids, uitkomst = _regeling(opslag, dienst, team)
    r = uitkomst.regeling
    eerste = r.schema[0]
    with pytest.raises(Validatiefout, match="nog niets gemist"):
        dienst.verwerk_gemiste_termijn(team.begeleider, r.id, r.version, eerste.id, vandaag=START)
    r = dienst.verwerk_gemiste_termijn(team.begeleider, r.id, r.version, eerste.id, vandaag=dt.date(2026, 2, 5))
    t = r.schema[0]
    assert (t.status, t.herinnering_op, t.nieuwe_vervaldatum) == (
        "herinnerd",
        dt.date(2026, 2, 5),
        dt.date(2026, 2, 19),
    )
    # paid in time after the reminder: lenient, the arrangement simply continues
    r = dienst.registreer_betaling(
        team.begeleider, r.id, r.version, t.bedrag, betaaldatum=dt.date(2026, 2, 18), vandaag=dt.date(2026, 2, 18)
    ).regeling
    assert r.schema[0].status == "betaald" and r.status == "actief"
    with pytest.raises(OngeldigeOvergang, match="'betaald'"):
        dienst.verwerk_gemiste_termijn(team.begeleider, r.id, r.version, r.schema[0].id, vandaag=dt.date(2026, 3, 9))
    tweede = r.schema[1]
    r = dienst.verwerk_gemiste_termijn(team.begeleider, r.id, r.version, tweede.id, vandaag=dt.date(2026, 3, 9))
    r = dienst.verwerk_gemiste_termijn(team.begeleider, r.id, r.version, tweede.id, vandaag=dt.date(2026, 3, 24))
    assert r.status == "vervallen"
    assert {v.status for v in hulp.vorderingen(opslag, *ids)} == {"open"}
    assert r.schema[0].status == "betaald" and r.schema[1].status == "gemist"
    assert all(t.status == "vervallen" for t in r.termijnen[2:])
    taak = [t for t in hulp.taken(opslag, team.begeleider.id) if "vervallen" in t.omschrijving]
    assert len(taak) == 1 and taak[0].soort == "opvolging"


def test_invorderingsstappen_en_spijtoptant(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("900.00"), vervaldatum=dt.date(2025, 6, 1))
    with pytest.raises(OngeldigeOvergang):
        dienst.registreer_invorderingsstap(team.begeleider, vid, 1, VorderingStatus.DWANG, vandaag=DAG)
    v = dienst.registreer_invorderingsstap(team.begeleider, vid, 1, VorderingStatus.AANMANING, vandaag=DAG)
    v = dienst.registreer_invorderingsstap(team.begeleider, vid, v.version, VorderingStatus.DWANG, vandaag=DAG)
    assert v.status == "dwang"
    standaard = RegelingVoorstel(
        burger_id=burger, vordering_ids=(vid,), soort=RegelingSoort.STANDAARD, startdatum=START
    )
    with pytest.raises(Validatiefout, match="spijtoptantenregeling"):
        dienst.stel_voor(team.balie, standaard, vandaag=DAG)
    spijt = dienst.stel_voor(
        team.balie,
        RegelingVoorstel(burger_id=burger, vordering_ids=(vid,), soort=RegelingSoort.SPIJTOPTANT, startdatum=START),
        vandaag=DAG,
    )
    assert spijt.regeling.status == "actief" and len(spijt.regeling.schema) == 24
    assert hulp.vorderingen(opslag, vid)[0].status == "in_regeling"
