"""Who may do what with arrangements (ARCHITECTURE §2), and optimistic locking on an arrangement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.domain import RegelingSoort
from models.services.regelingen import Regelingendienst
from models.store.fouten import Conflict, GeenToegang
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from models.store.tables import Betalingsregeling
from tests import fabriek
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal
DAG = dt.date(2026, 1, 12)
START = dt.date(2026, 2, 1)


def _huishouden(opslag: Opslag, *, partner: bool = False) -> tuple[int, list[int]]:
    burger = fabriek.burger(opslag)
    ids = [
        hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1200.00"), vervaldatum=dt.date(2025, 12, 1)),
        hulp.vordering(opslag, burger, "zorgtoeslag", 2024, D("300.00"), vervaldatum=dt.date(2025, 12, 1)),
    ]
    if partner:
        ander = fabriek.burger(opslag, voornamen="Karim")
        fabriek.partnerschap(opslag, burger, ander, dt.date(2020, 1, 1))
        ids.append(
            hulp.vordering(
                opslag, ander, "zorgtoeslag", 2024, D("250.00"), vervaldatum=dt.date(2025, 12, 1), partner_id=burger
            )
        )
    return burger, ids


def _standaard(burger: int, ids: list[int], **extra: object) -> RegelingVoorstel:
    return RegelingVoorstel(
        burger_id=burger, vordering_ids=tuple(ids), soort=RegelingSoort.STANDAARD, startdatum=START, **extra
    )  # type: ignore[arg-type]


def test_balie_mag_een_standaardregeling_binnen_24_maanden(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger, ids = _huishouden(opslag)
    uitkomst = dienst.stel_voor(team.balie, _standaard(burger, ids), vandaag=DAG)
    assert uitkomst.regeling is not None and uitkomst.regeling.status == "actief" and uitkomst.beoordeling is None
    assert len(uitkomst.regeling.schema) <= 24
    document = dienst.maak_regelingsbrief(team.balie, uitkomst.regeling.id, "nl", vandaag=DAG)
    assert document.regeling_id == uitkomst.regeling.id


def test_balie_mag_geen_persoonlijke_regeling_en_geen_uitzondering(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger, ids = _huishouden(opslag, partner=True)
    persoonlijk = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids[:2]),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=START,
        capaciteit=hulp.CAPACITEIT,
    )
    with pytest.raises(GeenToegang, match="persoonlijke betalingsregeling"):
        dienst.stel_voor(team.balie, persoonlijk, vandaag=DAG)
    # merging the partner's claim is outside policy: the counter cannot put it up for review
    with pytest.raises(GeenToegang, match="buiten het beleid"):
        dienst.stel_voor(team.balie, _standaard(burger, ids, motivatie="op verzoek"), vandaag=DAG)
    with pytest.raises(GeenToegang):
        dienst.stel_voor(
            team.balie, _standaard(burger, ids[:2], pauze_vanaf=dt.date(2026, 4, 1), pauze_maanden=1), vandaag=DAG
        )
    assert hulp.rijen(opslag, Betalingsregeling) == []


def test_begeleider_legt_samenvoegen_met_partner_ter_beoordeling_voor(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger, ids = _huishouden(opslag, partner=True)
    lijst = dienst.vorderingen(team.begeleider, burger, vandaag=DAG)
    assert [v.schuldenaar for v in lijst] == ["aanvrager", "aanvrager", "partner"]
    uitkomst = dienst.stel_voor(team.begeleider, _standaard(burger, ids, motivatie="Samen betalen."), vandaag=DAG)
    assert uitkomst.ter_beoordeling and uitkomst.beoordeling.soort == "samenvoegen_partners"


def test_kwaliteit_mag_niets_wijzigen_wel_kijken(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    burger, ids = _huishouden(opslag)
    with pytest.raises(GeenToegang):
        dienst.stel_voor(team.kwaliteit, _standaard(burger, ids), vandaag=DAG)
    regeling = dienst.stel_voor(team.begeleider, _standaard(burger, ids), vandaag=DAG).regeling
    assert regeling is not None
    k = team.kwaliteit
    assert dienst.regeling(k, regeling.id, vandaag=DAG).id == regeling.id
    assert len(dienst.vorderingen(k, burger, vandaag=DAG)) == 2
    assert dienst.vergelijk(k, burger, ids, startdatum=START, vandaag=DAG).optie("standaard").mogelijk
    for poging in (
        lambda: dienst.registreer_betaling(k, regeling.id, regeling.version, D("10.00"), betaaldatum=DAG, vandaag=DAG),
        lambda: dienst.verwerk_gemiste_termijn(k, regeling.id, regeling.version, regeling.schema[0].id, vandaag=DAG),
        lambda: dienst.pauzeer(k, regeling.id, regeling.version, 2, "pauze", vandaag=DAG),
        lambda: dienst.verleng(k, regeling.id, regeling.version, 6, vandaag=DAG),
        lambda: dienst.stop(k, regeling.id, regeling.version, "stop", vandaag=DAG),
        lambda: dienst.maak_regelingsbrief(k, regeling.id, "nl", vandaag=DAG),
        lambda: dienst.verreken_nabetaling(k, burger, D("50.00"), datum=DAG, vandaag=DAG),
        lambda: dienst.wachtrij(k),
    ):
        with pytest.raises(GeenToegang):
            poging()


def test_alleen_een_supervisor_beslist_en_nooit_over_het_eigen_voorstel(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger, ids = _huishouden(opslag)
    voorstel = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=START,
        capaciteit=hulp.CAPACITEIT,
        looptijd=30,
        motivatie="Langere looptijd nodig.",
    )
    b = dienst.stel_voor(team.supervisor, voorstel, vandaag=DAG).beoordeling
    assert b is not None and b.eigen
    assert dienst.wachtrij(team.supervisor)[0].eigen and not dienst.wachtrij(team.supervisor2)[0].eigen
    for wie in (team.supervisor, team.begeleider, team.balie, team.kwaliteit):
        with pytest.raises(GeenToegang):
            dienst.keur_goed(wie, b.id, b.version, "akkoord", vandaag=DAG)
        with pytest.raises(GeenToegang):
            dienst.wijs_af(wie, b.id, b.version, "nee", vandaag=DAG)
    assert dienst.keur_goed(team.supervisor2, b.id, b.version, "akkoord", vandaag=DAG).beoordeling.status == (
        "goedgekeurd"
    )


def test_de_database_weigert_een_eigen_beoordeling_ook_buiten_de_dienst_om(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    """The CHECK constraint vier_ogen holds on both backends, whatever the code above it does."""
    from sqlalchemy import update

    from models.store.fouten import OpslagFout
    from models.store.tables import Beoordeling

    burger, ids = _huishouden(opslag)
    voorstel = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=START,
        capaciteit=hulp.CAPACITEIT,
        looptijd=30,
        motivatie="Langere looptijd nodig.",
    )
    b = dienst.stel_voor(team.supervisor, voorstel, vandaag=DAG).beoordeling
    t = Beoordeling.__table__  # type: ignore[attr-defined]
    with pytest.raises(OpslagFout), opslag.schrijven() as s:
        s.execute(update(t).where(t.c.id == b.id).values(status="goedgekeurd", beoordeeld_door=team.supervisor.id))


def test_verouderde_versie_van_een_regeling_geeft_een_conflict(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger, ids = _huishouden(opslag)
    regeling = dienst.stel_voor(team.begeleider, _standaard(burger, ids), vandaag=DAG).regeling
    assert regeling is not None
    gelezen = regeling.version
    # a colleague records a payment first
    dienst.registreer_betaling(
        team.collega, regeling.id, gelezen, regeling.schema[0].bedrag, betaaldatum=START, vandaag=START
    )
    for poging in (
        lambda: dienst.registreer_betaling(
            team.begeleider, regeling.id, gelezen, regeling.schema[0].bedrag, betaaldatum=START, vandaag=START
        ),
        lambda: dienst.stop(team.begeleider, regeling.id, gelezen, "op verzoek", vandaag=START),
        lambda: dienst.verleng(team.begeleider, regeling.id, gelezen, 2, vandaag=START),
    ):
        with pytest.raises(Conflict) as fout:
            poging()
        assert fout.value.entiteit == "betalingsregeling" and fout.value.huidig is not None
        assert fout.value.gewijzigd_door == team.collega.naam
    # nothing of the refused writes is in the store: one payment only
    assert len({a.datum for a in hulp.aflossingen(opslag, regeling.id)}) == 1
    assert len(hulp.aflossingen(opslag, regeling.id)) == 1


def test_verouderde_versie_van_een_beoordeling_geeft_een_conflict(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger, ids = _huishouden(opslag)
    voorstel = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=START,
        capaciteit=hulp.CAPACITEIT,
        looptijd=30,
        motivatie="Langere looptijd nodig.",
    )
    b = dienst.stel_voor(team.begeleider, voorstel, vandaag=DAG).beoordeling
    dienst.wijs_af(team.supervisor, b.id, b.version, "Eerst de standaardregeling proberen.", vandaag=DAG)
    with pytest.raises(Conflict):
        dienst.keur_goed(team.supervisor2, b.id, b.version, "akkoord", vandaag=DAG)
