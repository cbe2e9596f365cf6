"""The arrangement use cases on the team server, each staff member on their own database role.

`werkplek-admin init` sets up a fresh database with build/postgres/beveiliging.sql; every use case then runs with
the grants and row-level security of the actor's group role. So these tests show both that the grants the
services need are there, and that the database itself refuses what the services refuse (four eyes).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from models.domain import RegelingSoort, Rol
from models.services.regelingen import Regelingendienst
from models.store import beheer
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.rows_regelingen import RegelingVoorstel
from tests import fabriek
from tests.regelingen import hulp

pytestmark = pytest.mark.pg

D = Decimal
DAG = dt.date(2026, 1, 12)
START = dt.date(2026, 2, 1)


@dataclass
class Teamserver:
    beheer: Engine
    opslag: Opslag
    accounts: dict[str, MedewerkerRow]
    engines: dict[str, Engine]

    def dienst(self, wie: str) -> Regelingendienst:
        return Regelingendienst(Opslag(self.engines[wie]), hulp.FONTS, hulp.LETTERS)


@pytest.fixture(scope="module")
def teamserver(pg_beheer: str) -> Iterator[Teamserver]:
    code = uuid.uuid4().hex[:8]
    url = make_url(pg_beheer).set(database=f"werkplek_regeling_{code}")
    beheer_engine = beheer.richt_in(url)
    accounts = {
        wie: beheer.maak_account(beheer_engine, f"r{code}_{wie}", f"Test {wie}", rol, "geheim-wachtwoord")
        for wie, rol in [
            ("balie", Rol.BALIE),
            ("begeleider", Rol.BEGELEIDER),
            ("supervisor", Rol.SUPERVISOR),
            ("supervisor2", Rol.SUPERVISOR),
            ("kwaliteit", Rol.KWALITEIT),
        ]
    }
    engines = {
        wie: create_engine(url.set(username=m.gebruikersnaam, password="geheim-wachtwoord"))
        for wie, m in accounts.items()
    }
    yield Teamserver(beheer_engine, Opslag(beheer_engine), accounts, engines)
    for e in engines.values():
        e.dispose()
    beheer_engine.dispose()
    opruimen = create_engine(make_url(pg_beheer), isolation_level="AUTOCOMMIT")
    with opruimen.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        for m in accounts.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{m.gebruikersnaam}"'))
    opruimen.dispose()


def _huishouden(ts: Teamserver) -> tuple[int, list[int]]:
    burger = fabriek.burger(ts.opslag)
    fabriek.traject(ts.opslag, burger, ts.accounts["begeleider"].id)
    return burger, [
        hulp.vordering(ts.opslag, burger, "huurtoeslag", 2024, D("1850.00"), vervaldatum=dt.date(2025, 8, 12)),
        hulp.vordering(ts.opslag, burger, "zorgtoeslag", 2024, D("412.00"), vervaldatum=dt.date(2025, 8, 12)),
    ]


def test_balie_maakt_een_standaardregeling_en_de_brief_met_de_eigen_rol(teamserver: Teamserver) -> None:
    burger, ids = _huishouden(teamserver)
    balie = teamserver.accounts["balie"]
    dienst = teamserver.dienst("balie")
    uitkomst = dienst.stel_voor(
        balie,
        RegelingVoorstel(burger_id=burger, vordering_ids=tuple(ids), soort=RegelingSoort.STANDAARD, startdatum=START),
        vandaag=DAG,
    )
    assert uitkomst.regeling.status == "actief"
    assert dienst.maak_regelingsbrief(balie, uitkomst.regeling.id, "nl", vandaag=DAG).regeling_id
    # the counter cannot touch a running arrangement: refused by the service, and by the database
    r = uitkomst.regeling
    with pytest.raises(GeenToegang):
        dienst.registreer_betaling(balie, r.id, r.version, D("10.00"), betaaldatum=START, vandaag=START)
    with pytest.raises(DBAPIError, match="permission denied"), teamserver.engines["balie"].begin() as conn:
        conn.execute(text("UPDATE termijn SET status = 'betaald' WHERE regeling_id = :r"), {"r": r.id})


def test_vier_ogen_met_databaserollen_van_voorstel_tot_betaling(teamserver: Teamserver) -> None:
    burger, ids = _huishouden(teamserver)
    begeleider, supervisor = teamserver.accounts["begeleider"], teamserver.accounts["supervisor"]
    voorstel = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=START,
        capaciteit=hulp.CAPACITEIT,
        looptijd=36,
        pauze_vanaf=dt.date(2026, 5, 1),
        pauze_maanden=2,
        motivatie="Alleenstaande ouder; pauze in mei en juni.",
    )
    uitkomst = teamserver.dienst("begeleider").stel_voor(begeleider, voorstel, vandaag=DAG)
    b = uitkomst.beoordeling
    # the begeleider cannot decide, not through the service and not with a crafted query
    with pytest.raises(GeenToegang):
        teamserver.dienst("begeleider").keur_goed(begeleider, b.id, b.version, "akkoord", vandaag=DAG)
    for wie in (begeleider.id, supervisor.id):  # no decision in one's own proposal, whoever it names …
        with pytest.raises(DBAPIError, match="row-level security"), teamserver.engines["begeleider"].begin() as conn:
            conn.execute(
                text("UPDATE beoordeling SET status = 'goedgekeurd', beoordeeld_door = :m WHERE id = :b"),
                {"m": wie, "b": b.id},
            )
    # … nor without naming one (refused by the policy and, behind it, the CHECK beslist_door_beoordelaar)
    with (
        pytest.raises(DBAPIError, match=r"row-level security|beslist_door_beoordelaar"),
        teamserver.engines["begeleider"].begin() as conn,
    ):
        conn.execute(text("UPDATE beoordeling SET status = 'goedgekeurd' WHERE id = :b"), {"b": b.id})
    besluit = teamserver.dienst("supervisor").keur_goed(supervisor, b.id, b.version, "Akkoord.", vandaag=DAG)
    r = besluit.regeling
    assert r.status == "actief"
    # the begeleider records a payment and a reminder with their own role
    dienst = teamserver.dienst("begeleider")
    r = dienst.registreer_betaling(
        begeleider, r.id, r.version, r.schema[0].bedrag, betaaldatum=START, vandaag=START
    ).regeling
    r = dienst.verwerk_gemiste_termijn(begeleider, r.id, r.version, r.schema[1].id, vandaag=dt.date(2026, 3, 5))
    assert r.schema[1].status == "herinnerd"
    assert hulp.verifieer_audit(teamserver.opslag).in_orde


def test_een_supervisor_kan_het_eigen_voorstel_ook_in_de_database_niet_goedkeuren(teamserver: Teamserver) -> None:
    burger, ids = _huishouden(teamserver)
    supervisor = teamserver.accounts["supervisor"]
    voorstel = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=tuple(ids),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=START,
        capaciteit=hulp.CAPACITEIT,
        looptijd=30,
        motivatie="Langere looptijd.",
    )
    b = teamserver.dienst("supervisor").stel_voor(supervisor, voorstel, vandaag=DAG).beoordeling
    with pytest.raises(GeenToegang):
        teamserver.dienst("supervisor").keur_goed(supervisor, b.id, b.version, "zelf", vandaag=DAG)
    for sql in (
        "UPDATE beoordeling SET status = 'goedgekeurd' WHERE id = :b",
        "UPDATE beoordeling SET status = 'goedgekeurd', beoordeeld_door = :s WHERE id = :b",
    ):
        with pytest.raises(DBAPIError), teamserver.engines["supervisor"].begin() as conn:
            conn.execute(text(sql), {"b": b.id, "s": supervisor.id})
    afgewezen = teamserver.dienst("supervisor2").wijs_af(
        teamserver.accounts["supervisor2"], b.id, b.version, "Eerst 24 maanden proberen.", vandaag=DAG
    )
    assert afgewezen.regeling.status == "afgewezen"
